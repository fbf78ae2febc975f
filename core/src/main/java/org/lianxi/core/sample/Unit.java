package org.lianxi.core.sample;

import org.lianxi.core.domain.ContactUnit;
import org.lianxi.core.domain.ContactUnitType;

/** A contact unit while a campus is generated. Mutable only while the campus is built. */
final class Unit {
  final String id;
  final ContactUnitType type;
  final College college;
  final int size;
  final ContactUnit value;

  Unit(ContactUnit value, College college) {
    this.id = value.contactUnitId();
    this.type = value.type();
    this.college = college;
    this.size = value.size();
    this.value = value;
  }

  boolean hardship() {
    return value.hasTag("hardship");
  }
}

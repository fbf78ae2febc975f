package org.lianxi.core.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import org.lianxi.core.domain.Absence;
import org.lianxi.core.domain.Cadre;
import org.lianxi.core.domain.ContactUnitType;
import org.lianxi.core.domain.Tier;

/** A cadre while a campus is generated, with what the plan asks of them in each term. */
final class Leader {
  final Cadre cadre;
  final String id;
  final Dept dept;
  final College college;
  final List<Link> links = new ArrayList<>();
  final List<Absence> absences = new ArrayList<>();

  /** Misses per term index. */
  final List<EnumSet<Miss>> misses = new ArrayList<>();

  /** Teaching-week indexes skipped on purpose, per term index. */
  final List<int[]> missedWeeks = new ArrayList<>();

  /** The term index that gets the academic year's party lecture; -1 for none. */
  int partyLectureTerm = -1;

  /** Share of standard working days made frontline days, per term index (frontline cadres). */
  final List<Double> frontlineShare = new ArrayList<>();

  /** Claimed by a role of the plan (pattern holder, shortfall, absence, exemplar). */
  boolean claimed;

  boolean exemplar;

  Leader(Cadre cadre, Dept dept, College college, int terms) {
    this.cadre = cadre;
    this.id = cadre.cadreId();
    this.dept = dept;
    this.college = college;
    for (int t = 0; t < terms; t++) {
      misses.add(EnumSet.noneOf(Miss.class));
      missedWeeks.add(new int[0]);
      frontlineShare.add(0.0);
    }
  }

  Tier tier() {
    return cadre.tier();
  }

  boolean principal() {
    return cadre.principal();
  }

  boolean party() {
    return cadre.partyMember();
  }

  boolean secretary() {
    return cadre.branchSecretary();
  }

  boolean university() {
    return tier() == Tier.UNIVERSITY_LEADERSHIP;
  }

  boolean department() {
    return tier() == Tier.FUNCTIONAL_DEPARTMENT;
  }

  boolean collegeLeader() {
    return tier() == Tier.COLLEGE_LEADERSHIP;
  }

  boolean frontline() {
    return dept != null && dept.frontline();
  }

  boolean listed() {
    return dept != null && dept.listed();
  }

  boolean misses(int term, Miss miss) {
    return misses.get(term).contains(miss);
  }

  boolean hasLink(ContactUnitType type) {
    for (Link l : links) {
      if (l.unit.type == type) {
        return true;
      }
    }
    return false;
  }

  /** A link to a unit of one of the types that holds on {@code day}, chosen at random; or null. */
  Link linkOn(LocalDate day, SplittableRandom r, ContactUnitType... types) {
    Link chosen = null;
    int seen = 0;
    for (Link l : links) {
      if (l.covers(day)) {
        for (ContactUnitType t : types) {
          if (l.unit.type == t) {
            seen++;
            if (r.nextInt(seen) == 0) {
              chosen = l;
            }
          }
        }
      }
    }
    return chosen;
  }

  /** The first link of one of the types; or null. */
  Link firstLink(ContactUnitType... types) {
    for (Link l : links) {
      for (ContactUnitType t : types) {
        if (l.unit.type == t) {
          return l;
        }
      }
    }
    return null;
  }

  boolean absentOn(LocalDate day) {
    for (Absence a : absences) {
      if (a.contains(day)) {
        return true;
      }
    }
    return false;
  }
}

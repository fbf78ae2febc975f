package org.lianxi.core.sample;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Names and institutions the generator draws from. Constants only; thread-safe. */
final class Catalog {
  private Catalog() {}

  // ---------------------------------------------------------------- people

  /** Surnames, the common ones repeated so that they come up as often as in life. */
  private static final String SURNAMES =
      "王王王王李李李李张张张张刘刘刘陈陈陈杨杨黄黄赵赵吴吴周周徐徐孙孙马马朱朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖"
          + "田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
          + "毛郝龚邵万钱严覃武戴莫孔向汤";

  private static final String GIVEN =
      "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚英华建文辉玲鹏飞宇浩婷雪琳晨欣颖倩俊峰斌波宁海林云红梅玉志国新春晓凯"
          + "彬健亮婧蕾萍瑞悦思雨嘉博子涵轩泽佳怡一卫东民生荣德胜立永成荣慧琦睿哲昊诗雯璐瑶萌";

  /** A realistic Chinese name (姓 + 1 or 2 characters), not in {@code taken}; adds it there. */
  static String personName(SplittableRandom r, Set<String> taken) {
    for (int attempt = 0; ; attempt++) {
      StringBuilder b = new StringBuilder(3);
      b.append(SURNAMES.charAt(r.nextInt(SURNAMES.length())));
      b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
      if (r.nextInt(100) < 70 || attempt > 50) {
        b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
      }
      String name = b.toString();
      if (taken.add(name)) {
        return name;
      }
    }
  }

  static Set<String> names() {
    return new HashSet<>();
  }

  // ---------------------------------------------------------------- university leadership

  /**
   * A leader's title, whether they are a principal (党委书记 and 校长; a college's 党委书记 and 院长) and their
   * party membership ({@code null}: drawn at random, mostly members).
   */
  record LeaderTitle(String title, boolean principal, Boolean party) {}

  private static LeaderTitle title(String title, boolean principal, Boolean party) {
    return new LeaderTitle(title, principal, party);
  }

  /** The 15 members of a university's leadership team; one 副校长 is not a Party member. */
  static final ImmutableList<LeaderTitle> UNIVERSITY_LEADERS =
      ImmutableList.of(
          title("党委书记", true, true),
          title("校长", true, true),
          title("党委副书记", false, true),
          title("党委副书记", false, true),
          title("纪委书记", false, true),
          title("副校长", false, true),
          title("副校长", false, true),
          title("副校长", false, true),
          title("副校长", false, false),
          title("副校长", false, true),
          title("副校长", false, true),
          title("副校长", false, true),
          title("副校长", false, true),
          title("副校长", false, true),
          title("总会计师", false, true));

  // ---------------------------------------------------------------- departments

  /** A functional department: name, tags in order, head and deputy titles, cadre count. */
  record DeptSpec(
      String name, ImmutableList<String> tags, String head, String deputy, int cadres) {}

  static final String PARTY_OFFICE = "party-office";
  static final String PRESIDENT_OFFICE = "president-office";
  static final String PARTY_WORK = "party-work";
  static final String STUDENT_WORK = "student-work";
  static final String GRADUATE_WORK = "graduate-work";
  static final String LISTED = "listed-department";
  static final String HOTLINE = "hotline";

  private static DeptSpec dept(String name, String head, String deputy, int n, String... tags) {
    return new DeptSpec(name, ImmutableList.copyOf(tags), head, deputy, n);
  }

  /** The 20 departments: the 14 listed in 三、2.(2) and six others; 60 cadres in all. */
  static final ImmutableList<DeptSpec> DEPARTMENTS =
      ImmutableList.of(
          dept("党委办公室", "主任", "副主任", 3, PARTY_OFFICE, PARTY_WORK),
          dept("校长办公室", "主任", "副主任", 3, PRESIDENT_OFFICE),
          dept("党委组织部", "部长", "副部长", 3, PARTY_WORK),
          dept("党委宣传部", "部长", "副部长", 3, PARTY_WORK, LISTED),
          dept("团委", "书记", "副书记", 3, PARTY_WORK, LISTED),
          dept("教务部", "部长", "副部长", 4, LISTED),
          dept("招生就业处", "处长", "副处长", 3, LISTED),
          dept("学生工作部（处）", "部（处）长", "副部（处）长", 4, STUDENT_WORK, LISTED, HOTLINE, PARTY_WORK),
          dept("学生创新创业教育中心", "主任", "副主任", 2, LISTED),
          dept("大学生心理健康教育研究中心", "主任", "副主任", 2, LISTED),
          dept("人武部", "部长", "副部长", 2, LISTED),
          dept("研究生院", "常务副院长", "副院长", 3, LISTED),
          dept("党委研究生工作部", "部长", "副部长", 4, GRADUATE_WORK, LISTED, PARTY_WORK),
          dept("继续教育处（继续教育学院）", "处长", "副处长", 3, LISTED),
          dept("保卫部（处）", "部（处）长", "副部（处）长", 3, LISTED),
          dept("后勤管理处", "处长", "副处长", 4, LISTED, HOTLINE),
          dept("艺术教育中心", "主任", "副主任", 2, LISTED),
          dept("人事处", "处长", "副处长", 3),
          dept("财务处", "处长", "副处长", 3),
          dept("科学技术研究院", "院长", "副院长", 3));

  /** The 14 departments named in clause 三、2.(2). */
  static final ImmutableList<String> LISTED_DEPARTMENTS =
      ImmutableList.of(
          "党委宣传部",
          "团委",
          "教务部",
          "招生就业处",
          "学生工作部（处）",
          "学生创新创业教育中心",
          "大学生心理健康教育研究中心",
          "人武部",
          "研究生院",
          "党委研究生工作部",
          "继续教育处（继续教育学院）",
          "保卫部（处）",
          "后勤管理处",
          "艺术教育中心");

  // ---------------------------------------------------------------- colleges

  /** A college: its name, short name for class names, majors, and the 学部 it may sit in. */
  record CollegeSpec(String name, String faculty, ImmutableList<String> majors) {}

  private static CollegeSpec college(String name, String faculty, String... majors) {
    return new CollegeSpec(name, faculty, ImmutableList.copyOf(majors));
  }

  static final ImmutableList<CollegeSpec> COLLEGES =
      ImmutableList.of(
          college("文学院", "人文社会科学学部", "汉语言文学", "汉语国际教育", "秘书学"),
          college("外国语学院", "人文社会科学学部", "英语", "日语", "翻译"),
          college("数学科学学院", "理学部", "数学与应用数学", "统计学", "信息与计算科学"),
          college("物理科学与技术学院", "理学部", "物理学", "应用物理学"),
          college("化学与材料学院", "理学部", "化学", "材料化学", "应用化学"),
          college("计算机科学与技术学院", "工学部", "计算机科学与技术", "软件工程", "人工智能"),
          college("电子信息学院", "工学部", "电子信息工程", "通信工程", "微电子科学与工程"),
          college("机电工程学院", "工学部", "机械工程", "工业工程", "电气工程及其自动化"),
          college("纺织与服装工程学院", "工学部", "纺织工程", "服装设计与工程"),
          college("建筑学院", "工学部", "建筑学", "城乡规划", "风景园林"),
          college("基础医学与生物科学学院", "医学部", "生物科学", "生物技术", "基础医学"),
          college("药学院", "医学部", "药学", "中药学", "制药工程"),
          college("公共卫生学院", "医学部", "预防医学", "卫生检验与检疫"),
          college("护理学院", "医学部", "护理学"),
          college("体育学院", "人文社会科学学部", "体育教育", "运动训练"),
          college("艺术学院", "人文社会科学学部", "美术学", "视觉传达设计", "环境设计"),
          college("音乐学院", "人文社会科学学部", "音乐学", "音乐表演"),
          college("传媒学院", "人文社会科学学部", "新闻学", "广告学", "网络与新媒体"),
          college("社会学院", "人文社会科学学部", "社会学", "历史学", "档案学"),
          college("政治与公共管理学院", "人文社会科学学部", "行政管理", "哲学", "政治学与行政学"),
          college("马克思主义学院", "人文社会科学学部", "思想政治教育"),
          college("商学院", "人文社会科学学部", "经济学", "金融学", "会计学", "工商管理"),
          college("法学院", "人文社会科学学部", "法学", "知识产权"),
          college("教育学院", "人文社会科学学部", "教育学", "应用心理学"),
          college("能源学院", "工学部", "新能源科学与工程", "能源与动力工程"),
          college("轨道交通学院", "工学部", "车辆工程", "交通运输"),
          college("光电科学与工程学院", "理学部", "光电信息科学与工程", "测控技术与仪器"),
          college("生命科学学院", "理学部", "生态学", "生物信息学"),
          college("临床医学院", "医学部", "临床医学", "医学影像学", "口腔医学"),
          college("农学院", "理学部", "农学", "园艺", "植物保护"),
          college("旅游与烹饪学院", "人文社会科学学部", "旅游管理", "酒店管理"),
          college("海洋科学学院", "理学部", "海洋科学", "海洋技术"),
          college("航空航天学院", "工学部", "飞行器设计与工程", "航空航天工程"),
          college("外国语言文化学院", "人文社会科学学部", "俄语", "德语", "法语"),
          college("信息管理学院", "工学部", "信息管理与信息系统", "数据科学与大数据技术"));

  /** A college's leadership team: the first two always, then two to four of the rest. */
  static final ImmutableList<LeaderTitle> COLLEGE_LEADERS =
      ImmutableList.of(
          title("党委书记", true, true),
          title("院长", true, null),
          title("党委副书记", false, true),
          title("副院长", false, null),
          title("副院长", false, null),
          title("副院长", false, null));

  // ---------------------------------------------------------------- universities of the province

  private static final ImmutableList<String> CITIES =
      ImmutableList.of(
          "南京", "苏州", "无锡", "常州", "南通", "扬州", "镇江", "泰州", "徐州", "连云港", "淮安", "盐城", "宿迁");

  private static final ImmutableList<String> QUALIFIERS =
      ImmutableList.of("", "东方", "城市", "应用", "工商", "海事", "信息", "文理", "科技", "建筑", "航空");

  private static final ImmutableList<String> KINDS =
      ImmutableList.of(
          "大学", "理工大学", "师范大学", "医科大学", "农业大学", "财经大学", "科技大学", "工业大学", "交通大学", "中医药大学", "传媒大学",
          "艺术学院", "体育学院", "工程大学", "外国语大学");

  /** The name of the province's {@code index}-th university (distinct up to 2,145). */
  static String universityName(int index) {
    int n = index % (CITIES.size() * QUALIFIERS.size() * KINDS.size());
    String city = CITIES.get(n % CITIES.size());
    n /= CITIES.size();
    String kind = KINDS.get(n % KINDS.size());
    n /= KINDS.size();
    String qualifier = QUALIFIERS.get(n % QUALIFIERS.size());
    String name = city + qualifier + kind;
    int round = index / (CITIES.size() * QUALIFIERS.size() * KINDS.size());
    return round == 0 ? name : name + "（第" + (round + 1) + "校区）";
  }

  // ---------------------------------------------------------------- contact units

  static final ImmutableList<String> COLLEGE_ASSOCIATIONS =
      ImmutableList.of("青年志愿者协会", "学生科技创新协会", "读书会", "辩论队", "学生艺术团", "摄影协会", "英语角", "学术沙龙");

  static final ImmutableList<String> UNIVERSITY_ASSOCIATIONS =
      ImmutableList.of("大学生艺术团", "校青年志愿者协会", "大学生记者团", "大学生国旗护卫队", "校园马拉松协会", "大学生军乐团");

  static final ImmutableList<String> CAMPUSES =
      ImmutableList.of("本部", "东区", "北区", "独墅湖校区", "阳澄湖校区");

  static final ImmutableList<String> ORDINALS =
      ImmutableList.of("第一", "第二", "第三", "第四", "第五", "第六", "第七", "第八", "第九", "第十");

  // ---------------------------------------------------------------- feedback and reviews

  static final ImmutableList<String> STUDENT_WORK_CATEGORIES =
      ImmutableList.of("奖助学金", "宿舍管理", "心理咨询", "违纪申诉", "学生证件", "勤工助学");

  static final ImmutableList<String> LOGISTICS_CATEGORIES =
      ImmutableList.of("宿舍维修", "食堂餐饮", "热水供应", "空调故障", "校园绿化", "快递服务");

  static final ImmutableList<String> COLLEGE_CATEGORIES =
      ImmutableList.of("选课与考试", "实验室开放", "导师指导", "评奖评优", "毕业论文", "实习安排");

  static final ImmutableList<String> EVIDENCE =
      ImmutableList.of("签到表", "现场照片", "活动记录表", "工作简报", "新闻稿（学校新闻网）", "会议纪要", "学生反馈表", "工作日志");

  static <T> T pick(SplittableRandom r, ImmutableList<T> list) {
    return list.get(r.nextInt(list.size()));
  }
}

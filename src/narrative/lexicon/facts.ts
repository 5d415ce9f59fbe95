// Data module (JSON content): see ../lexicon.ts for what each key means.
export default {
  $comment:
    "Fact rules of the narrative stage (src/narrative/facts.ts, documented in src/narrative/FACTS.md). A rule names the subject of a printed number+unit when `before` matches the clause text before the number (from the last delimiter or previous figure) or `after` matches the text after the unit. `channel: true` marks proactive-disclosure channels (two channels in one clause make the figure a total). Regex sources, flag u. First matching rule wins.",
  rules: [
    {
      subject: "training.participants",
      units: ["人次", "人", "名"],
      before: "培训|参训",
      after: "^[^，,。；;]{0,8}(?:参加|参训|参与)?培训",
    },
    {
      subject: "training.sessions",
      units: ["次", "场", "期", "批", "场次", "期次", "轮"],
      before: "培训",
      after: "^[^，,。；;]{0,12}培训",
    },
    {
      subject: "interpretations.published",
      units: ["篇", "条", "件", "期", "个", "份"],
      before: "(?:政策解读|解读(?:材料|文章|稿件|信息|文件|产品))[^，,。；;]{0,4}(?:共|为|达)?\\s*$",
      after: "^[^，,。；;]{0,6}(?:政策解读|解读(?:材料|文章|稿件|信息|文件|产品))",
    },
    {
      subject: "proactive.press_conference",
      units: ["场", "次", "期", "场次"],
      before: "新闻发布会",
      after: "^[^，,。；;]{0,8}新闻发布会",
    },
    {
      subject: "requests.carried_over",
      units: ["件", "条", "宗", "个"],
      before: "(?:上年|上一年|上年度|[0-9]{4}年度?)结转(?!到?下|至|[0-9])",
    },
    {
      subject: "requests.carried_forward",
      units: ["件", "条", "宗", "个"],
      before: "结转(?:至|到)?(?:下(?:一)?年|[0-9]{4}年)",
      after: "^(?:结转(?:至|到)?(?:下(?:一)?年|[0-9]{4}年))",
    },
    {
      subject: "requests.completed",
      units: ["件", "条", "宗", "个"],
      before: "(?:办结|答复)(?:申请)?(?:总数|数量|数)?(?:共|为|达)?\\s*$",
      not: "办结率|答复率",
      after: "^(?:按时|按期|已|均|依法)?办结",
    },
    {
      subject: "requests.received",
      units: ["件", "条", "宗", "个", "份"],
      before:
        "(?:(?:收到|受理|接收|新收|办理)[^，,。；;]{0,30}申请|政府信息公开申请|依申请公开申请|(?:收到|受理|接收|新收)[^，,。；;]{0,10}依申请公开(?:件|事项)?)(?:数|数量|总数|总量)?(?:共|为|达|计)?\\s*$",
      after:
        "^[^，,。；;]{0,20}(?:提出|递交|提交)?[^，,。；;]{0,10}(?:(?:政府)?信息公开|依申请公开)(?:的)?(?:申请|请求)",
      not: "依申请公开(?:政府)?信息(?:数|条目)|行政复议申请|复议申请|诉讼",
    },
    {
      subject: "reconsideration.total",
      units: ["件", "起", "宗", "个"],
      before: "行政复议(?:案件|申请)?(?:共|为|数)?\\s*$",
      after: "^[^，,。；;]{0,20}行政复议",
    },
    {
      subject: "litigation.total",
      units: ["件", "起", "宗", "个"],
      before: "行政诉讼(?:案件)?(?:共|为|数)?\\s*$",
      after: "^[^，,。；;]{0,20}行政诉讼",
    },
    {
      subject: "normative.in_force",
      units: ["件", "个", "份", "部", "项"],
      before: "现行有效[^，,。；;]{0,10}规范性文件",
    },
    {
      subject: "rules.issued",
      units: ["件", "部", "项", "个"],
      before: "(?:制发|出台|印发|制定|新制定)[^，,。；;]{0,16}规章$",
    },
    { subject: "rules.published", units: ["件", "部", "项", "个"], before: "(?:公开|发布|公布)[^，,。；;]{0,16}规章$" },
    {
      subject: "normative.issued",
      units: ["件", "个", "份", "部", "项"],
      before: "(?:制发|出台|印发|制定|新制定)[^，,。；;]{0,16}规范性文件",
      not: "废止|失效|清理",
    },
    {
      subject: "normative.published",
      units: ["件", "个", "份", "部", "项"],
      before: "(?:公开|发布|公布)[^，,。；;]{0,16}规范性文件",
      not: "废止|失效|清理",
    },
    {
      subject: "normative.repealed",
      units: ["件", "个", "份", "部", "项"],
      before: "(?:废止|失效)[^，,。；;]{0,10}规范性文件",
    },
    {
      subject: "messages.handled",
      units: ["条", "件", "个"],
      before: "(?:留言|网民来信|信箱|在线咨询|咨询)[^，,。；;]{0,6}$",
      not: "其中",
    },
    {
      subject: "responses.published",
      units: ["次", "条", "篇", "件"],
      before: "回应(?:社会|群众|公众|网民)?关切[^，,。；;]{0,8}$",
    },
    {
      subject: "proposals.npc_suggestions",
      units: ["件", "条", "份"],
      before: "人大代表(?:建议|议案)[^，,。；;]{0,6}$|代表建议[^，,。；;]{0,6}$",
      not: "复函|答复|复文|办理结果",
    },
    {
      subject: "proposals.cppcc_proposals",
      units: ["件", "条", "份"],
      before: "政协(?:委员)?提案[^，,。；;]{0,6}$|委员提案[^，,。；;]{0,6}$",
      not: "复函|答复|复文|办理结果",
    },
    {
      subject: "events.online_interviews",
      units: ["期", "次", "场"],
      before: "在线访谈",
      after: "^[^，,。；;]{0,6}在线访谈",
    },
    { subject: "events.open_days", units: ["期", "次", "场"], before: "开放日", after: "^[^，,。；;]{0,8}开放日" },
    {
      subject: "proactive.weibo",
      channel: true,
      units: ["条", "篇", "件", "次", "期", "项"],
      before: "微博[^，,。；;]*(?:公开|发布|发送|推送|公布|更新|转载|转发)",
      not: "规章|规范性文件|文件|解读|建议|提案|复函|复文|预决算",
    },
    {
      subject: "proactive.wechat",
      channel: true,
      units: ["条", "篇", "件", "次", "期", "项"],
      before: "(?:微信|公众号)[^，,。；;]*(?:公开|发布|发送|推送|公布|更新|转载|转发)",
      not: "规章|规范性文件|文件|解读|建议|提案|复函|复文|预决算",
    },
    {
      subject: "proactive.new_media",
      channel: true,
      units: ["条", "篇", "件", "次", "期", "项"],
      before: "新媒体[^，,。；;]*(?:公开|发布|发送|推送|公布|更新|转载|转发)",
      not: "规章|规范性文件|文件|解读|建议|提案|复函|复文|预决算",
    },
    {
      subject: "proactive.gazette",
      channel: true,
      units: ["条", "篇", "件", "期", "份", "项"],
      before: "(?:政府公报|公报)[^，,。；;]*(?:公开|发布|刊登|刊发|公布)",
      not: "规章|规范性文件|文件|解读|建议|提案|复函|复文|预决算",
    },
    {
      subject: "proactive.bulletin",
      channel: true,
      units: ["条", "篇", "件", "次", "期", "项"],
      before: "(?:公开栏|宣传栏|公示栏|公告栏)",
      not: "规章|规范性文件|文件|解读|建议|提案|复函|复文|预决算",
    },
    {
      subject: "proactive.website",
      channel: true,
      units: ["条", "篇", "件", "项"],
      before: "(?:网站|门户网|网上|网页)[^，,。；;]*(?:公开|发布|发送|推送|公布|更新|转载)|网站公开(?:数|信息)?\\s*$",
      not: "规章|规范性文件|文件|解读|建议|提案|复函|复文|预决算",
    },
    {
      subject: "proactive.key_areas",
      units: ["条", "篇", "件", "项"],
      before: "重点领域(?:政府)?信息(?:共|为|达)?\\s*$",
    },
    {
      subject: "proactive.total",
      units: ["条", "篇", "件", "项"],
      before:
        "(?:主动公开|公开|公布|发布)[^，,。；;]{0,8}(?:政府|政务)信息(?:共|总数|数量|总量|合计)?(?:为|达|计)?\\s*$|(?:主动公开|公开|公布|发布)(?:政府|政务)?信息(?:共|总数|数量|总量|合计)(?:为|达|计)?\\s*$",
      after: "^(?:政府|政务)信息",
      not: "制作|获取|依申请|不予公开|规章|规范性文件|文件|解读|建议|提案|复函|复文|预决算",
    },
  ],
  zero: [
    {
      subjects: ["requests.received"],
      pattern: "(?:未|没有|无)(?:收到|受理|接到|接收)[^，,。；;]{0,30}(?:政府)?信息公开(?:的)?申请",
    },
    {
      subjects: ["reconsideration.total", "litigation.total"],
      pattern: "(?:未|没有|无)(?:发生|出现|收到)[^，,。；;]{0,30}行政复议(?:和|及|与|、)行政诉讼",
    },
    {
      subjects: ["reconsideration.total"],
      pattern: "(?:未|没有|无)(?:发生|出现|收到)[^，,。；;]{0,30}行政复议(?!和|及|与|、)",
    },
    {
      subjects: ["litigation.total"],
      pattern: "(?:未|没有|无)(?:发生|出现|收到)[^，,。；;]{0,30}(?<!复议(?:和|及|与|、))行政诉讼",
    },
  ],
  listCue: "(?:其中|包括|涉及|含)[：:]?",
  applicantCategories: {
    自然人: "requests.natural_person",
    商业企业: "requests.commercial",
    企业: "requests.commercial",
    科研机构: "requests.research",
    社会公益组织: "requests.nonprofit",
    法律服务机构: "requests.legal_service",
    其他组织: "requests.other_org",
    法人或其他组织: "requests.legal_entities",
    法人: "requests.legal_entities",
  },
  listGroups: ["proactive", "requests", "messages", "normative", "rules"],
};

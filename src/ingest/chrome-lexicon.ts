/**
 * Lexicon of web-page chrome and crawler headers (data, under English keys). A line is
 * chrome only when it matches one of these as a whole line or, for bars, when it is
 * short, has no sentence end and carries one of the bar labels.
 */

/** Labels of crawler header lines (`标题: …`) met at the very start of scraped files. */
export const CRAWLER_KEYS: readonly string[] = [
  "标题",
  "题目",
  "发布时间",
  "发布日期",
  "日期",
  "时间",
  "文号",
  "发文字号",
  "发布机构",
  "发文机关",
  "栏目",
  "原文链接",
  "链接",
  "网址",
  "URL",
  "url",
  "本地目录",
  "来源",
  "信息来源",
  "索引号",
  "主题分类",
  "成文日期",
  "作者",
  "浏览次数",
  "点击数",
  "抓取时间",
  "采集时间",
  "source",
  "title",
  "date",
];

/** Keys among `CRAWLER_KEYS` whose value is the title / the publication date. */
export const TITLE_KEYS: readonly string[] = ["标题", "题目", "title"];
export const DATE_KEYS: readonly string[] = ["发布时间", "发布日期", "日期", "时间", "date", "成文日期"];

/** Whole lines that are page furniture (matched after trimming spaces and brackets). */
export const CHROME_LINES: readonly string[] = [
  "扫一扫在手机打开当前页",
  "扫一扫在手机上查看当前页面",
  "扫一扫在手机打开",
  "附件下载",
  "相关附件",
  "附件",
  "打印本页",
  "关闭窗口",
  "打印",
  "关闭",
  "收藏",
  "分享",
  "分享到",
  "返回顶部",
  "保护视力色",
  "字号",
  "字体",
  "大 中 小",
  "大中小",
  "网站地图",
  "联系我们",
  "无障碍",
  "长者模式",
  "退出老年人模式",
  "English",
  "EN",
  "页面链接与图片详见 links.tsv(同目录)",
  "正文",
  "【打印】",
  "【关闭】",
  "【打印本页】",
  "【关闭窗口】",
];

/** Labels that mark a metadata bar (发布时间/字号/保护视力色…); bar lines are short. */
export const BAR_LABELS: readonly string[] = [
  "关键词",
  "热搜词",
  "发表日期",
  "发布时间",
  "发布日期",
  "发布机构",
  "更新时间",
  "信息来源",
  "来源",
  "字号",
  "字体",
  "保护视力色",
  "浏览次数",
  "访问次数",
  "阅读次数",
  "点击数",
  "点击量",
  "打印本页",
  "关闭窗口",
  "分享到",
  "日期",
  "索引号",
  "浏览量",
];

/** Labels of breadcrumb lines (当前位置: 首页 > …). */
export const BREADCRUMB_LABELS: readonly string[] = [
  "当前位置",
  "当前的位置",
  "您当前的位置",
  "您当前所在位置",
  "您现在的位置",
  "您现在所在的位置",
  "所在位置",
  "您的位置",
];

/** Names of the site's home page that start a breadcrumb trail (首页 > 政务公开 > …). */
export const HOME_LABELS: readonly string[] = ["首页", "网站首页", "主页"];

/**
 * Labels of the CMS metadata table printed above many reports (索引号 | … | 发布机构 | …);
 * a short line carrying two or more of them is chrome.
 */
export const METADATA_LABELS: readonly string[] = [
  "索引号",
  "发布机构",
  "发文机关",
  "发文字号",
  "文号",
  "成文日期",
  "发布日期",
  "生成日期",
  "关键词",
  "主题词",
  "公开形式",
  "公开方式",
  "责任部门",
  "效力属性",
  "是否有效",
  "有效性",
  "主题分类",
  "体裁分类",
  "组配分类",
  "标题",
  "名称",
  "来源",
  "信息来源",
  "公开范围",
  "公开时限",
  "所属机构",
  "发布时间",
];

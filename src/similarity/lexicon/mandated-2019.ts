// Data module: text mandated by the national format, one phrase per line (see ../mandated.ts).
export default `# Text mandated by the 2019 trial format (国办公开办函〔2019〕60号): headings, table labels and
# fixed sentences that differ from or add to mandated-2021.txt. Same conventions.
国办公开办函〔2019〕60号
本报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止
本报告所列数据的统计期限自2019年1月1日起至2019年12月31日止
第二十条第（九）项
本年新制作数量
本年新公开数量
对外公开总数量
规范性文件
上一年项目数量
本年增/减
处理决定数量
其他对外管理服务事项
采购项目数量
采购总金额
政府集中采购
（六）其他处理
`;

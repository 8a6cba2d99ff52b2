<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="62"/>
        <source>字体许可证文件缺失：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="69"/>
        <location filename="../../dealerdesk/ui/about.py" line="82"/>
        <source>数据文件夹：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="77"/>
        <source>关于 DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="79"/>
        <source>&lt;b&gt;DealerDesk %1&lt;/b&gt;&lt;br&gt;汽车4S店客户关系管理（离线桌面版）&lt;br&gt;客户档案、潜客跟进、售后服务、投诉与回访、月度报表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="92"/>
        <source>组件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="93"/>
        <source>版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="93"/>
        <source>许可证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="94"/>
        <source>DealerDesk 本身为专有软件。Qt 与 PySide6 按 LGPL-3.0 动态链接使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="95"/>
        <source>版本与许可证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="99"/>
        <source>字体许可证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="102"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="103"/>
        <source>复制信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/about.py" line="104"/>
        <source>把版本和数据文件夹复制到剪贴板，发给技术支持</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="104"/>
        <source>修改大用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="104"/>
        <source>设为大用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="107"/>
        <source>单位名称、联系人或电话，回车查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="112"/>
        <source>（未指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="119"/>
        <source> 台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="133"/>
        <source>单位客户(&amp;U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="135"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="136"/>
        <source>等级(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="137"/>
        <source>客户经理(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="138"/>
        <source>本年订单目标(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="139"/>
        <source>每月订单目标(&amp;O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="140"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="141"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="148"/>
        <source>请先查找并选择单位客户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="30"/>
        <source>改期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="30"/>
        <source>新预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="34"/>
        <source>姓名、电话尾号、车牌…，回车查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="43"/>
        <source>例如：常规保养、刹车异响检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="45"/>
        <source>查找客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="46"/>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="49"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="47"/>
        <source>车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="50"/>
        <source>服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="51"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="52"/>
        <source>时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="54"/>
        <source>预约项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="90"/>
        <source>（不指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="111"/>
        <source>{time}  余 {free}/{cap}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="147"/>
        <source>已改期：{who}，{when}，服务顾问 {advisor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="148"/>
        <source>已预约：{who}，{when}，服务顾问 {advisor}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="53"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="68"/>
        <source>加积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="61"/>
        <source> 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="63"/>
        <source>例如：车主沙龙 10 月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="65"/>
        <source>来源(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="66"/>
        <source>积分(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="67"/>
        <source>说明(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="347"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="348"/>
        <source>阳历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="349"/>
        <source>农历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="356"/>
        <source> 月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="357"/>
        <source>闰月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="360"/>
        <source> 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="412"/>
        <source>生日不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="94"/>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="101"/>
        <source>退订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="96"/>
        <source>退订原因，如：资金问题、改买他店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="97"/>
        <source>退订原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="101"/>
        <source>确认退订？订单将取消，线索转为 T 级。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="199"/>
        <source>修改密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="203"/>
        <source>当前密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="205"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="206"/>
        <source>用户：%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckInDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="37"/>
        <source>接车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="41"/>
        <source>车牌、车架号后 6 位、电话或姓名，回车查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="46"/>
        <source>车主不在系统里：新登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="47"/>
        <source>车辆不在系统里：新登记（外店购车等）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="49"/>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="65"/>
        <source>车主姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="50"/>
        <source>手机或座机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="52"/>
        <source>例如 粤B12345 或新能源 粤BD12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="53"/>
        <source>17 位车架号（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="60"/>
        <source>从车型目录选择，或直接输入其他品牌车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="61"/>
        <source>不是同一人，仍然新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="63"/>
        <source>新登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="67"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="68"/>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="69"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="70"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="86"/>
        <source> 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="90"/>
        <source>读数无误（仪表已更换或上次记错）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="101"/>
        <source>客户原话，例如：刹车时有吱吱声</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="107"/>
        <source>查找车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="108"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="110"/>
        <source>预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="112"/>
        <source>车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="115"/>
        <source>会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="120"/>
        <source>服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="121"/>
        <source>服务类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="122"/>
        <source>进厂里程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="125"/>
        <source>油量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="126"/>
        <source>外观损伤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="127"/>
        <source>随车物品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="128"/>
        <source>客户描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="130"/>
        <source>接车并开工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="153"/>
        <source>没有找到；车主和车辆不在系统里时，勾选下面的“新登记”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="179"/>
        <source>上次建议（客户未做）：{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="207"/>
        <source>低于上次记录的 {km:,} 公里{when}，请核对</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="211"/>
        <source>上次记录 {km:,} 公里{when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="227"/>
        <source>请选择车辆，或勾选“车辆不在系统里”新登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="230"/>
        <source>请选择服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="258"/>
        <source>。可取消“新登记”并在上方客户框选择已有客户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="51"/>
        <source>记录联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="57"/>
        <source>谈了什么：来电事由、需求、约定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="61"/>
        <source>结果，如：下周二再联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="62"/>
        <source>约定下次联系（进入待办）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="74"/>
        <source>该客户有进行中的线索 #{id}：跟进线索请在“线索与级别”里选中线索按 F2，这里记录的联系不算完成线索跟进。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="77"/>
        <source>联系方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="78"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="79"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="81"/>
        <source>下次联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="82"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="82"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPersonDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="162"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="162"/>
        <source>联系人 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="166"/>
        <source>如 车队主管、采购经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="167"/>
        <source>手机11位，座机加区号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="168"/>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="169"/>
        <source>主要联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="182"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="183"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="184"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="185"/>
        <source>备用电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="187"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="188"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealSheet</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="42"/>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealSheetDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="76"/>
        <source>订车单 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="101"/>
        <source>车辆与车价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="103"/>
        <source>（线索意向车型）{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="108"/>
        <source>车型(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="109"/>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="110"/>
        <source>车架号（配车后）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="112"/>
        <source>指导价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="113"/>
        <source>优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="114"/>
        <source>优惠说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="120"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="124"/>
        <source>付款(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="125"/>
        <source>金融机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="126"/>
        <source>首付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="129"/>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="130"/>
        <source>期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="131"/>
        <source>月供</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="135"/>
        <source>贷款审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="139"/>
        <source>置换（旧车）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="140"/>
        <source>有置换车(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="142"/>
        <source>旧车车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="143"/>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="144"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="149"/>
        <source> 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="150"/>
        <source>里程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="151"/>
        <source>估价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="152"/>
        <source>评估人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="155"/>
        <source>保险（在店投保）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="156"/>
        <source>在本店投保(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="158"/>
        <source>保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="159"/>
        <source>交强险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="160"/>
        <source>商业险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="161"/>
        <source>险种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="162"/>
        <source>如：车损、三者 200 万、车上人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="163"/>
        <source>起保日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="166"/>
        <source>定金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="167"/>
        <source>定金金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="168"/>
        <source>收取日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="169"/>
        <source>可退还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="174"/>
        <source>定金状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="178"/>
        <source>上牌与延保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="179"/>
        <source>代办上牌(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="181"/>
        <source>上牌服务费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="182"/>
        <source>车牌（已发）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="185"/>
        <source> 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="186"/>
        <source>不购买</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="187"/>
        <source>延保年限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="188"/>
        <source>延保价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="191"/>
        <source>精品 / 装潢</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="197"/>
        <source>选择或输入名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="198"/>
        <source>精品名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="200"/>
        <source>精品价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="201"/>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="420"/>
        <source>赠送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="202"/>
        <source>添加(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="208"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="208"/>
        <source>收费/赠送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="208"/>
        <source>金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="212"/>
        <source>精品/装潢明细（Delete 删除）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="215"/>
        <source>删除选中行 (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="236"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="238"/>
        <source>打印订车单 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="240"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="242"/>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="451"/>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="242"/>
        <source>确认下单并保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="246"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="383"/>
        <source>成交价 &lt;b&gt;{price:,}&lt;/b&gt; + 收费精品 {acc:,} + 上牌 {reg:,} + 延保 {war:,} + 保险 {ins:,} = 应付合计 &lt;b&gt;{total:,}&lt;/b&gt; 元；− 置换 {trade:,} − 定金 {dep:,} − 贷款 {fin:,} = &lt;b&gt;交车时应付 {due:,} 元&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="392"/>
        <source>优惠超过 {limit:,} 元，保存后需经理审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="420"/>
        <source>收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="459"/>
        <source>订车单已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="459"/>
        <source>优惠 {discount:,} 元超过顾问权限，已提交经理审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="464"/>
        <source>订车单-{name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="483"/>
        <source>保存订车单 PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefeatApprovalDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="64"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="64"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="65"/>
        <source>顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="65"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="66"/>
        <source>竞品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="66"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="67"/>
        <source>申请时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="72"/>
        <source>战败审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="78"/>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="115"/>
        <source>批准战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="79"/>
        <source>驳回…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="80"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="115"/>
        <source>批准 {name} 的战败？线索将关闭。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="125"/>
        <source>驳回战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="125"/>
        <source>驳回原因（顾问会看到）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefeatDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="31"/>
        <source>战败 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="33"/>
        <source>请选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="38"/>
        <source>所购/所选竞品的品牌和车型，如 丰田 凯美瑞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="44"/>
        <source>战败原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="45"/>
        <source>竞品品牌/车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="46"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="48"/>
        <source>提交审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="48"/>
        <source>确定战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="49"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscountApprovalDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="505"/>
        <source>优惠审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="512"/>
        <source>批准(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="514"/>
        <source>驳回(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="516"/>
        <source>查看订车单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="518"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="552"/>
        <source>批准优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="552"/>
        <source>批准 {name} 的优惠 {discount:,} 元？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="565"/>
        <source>驳回优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/deal_sheet.py" line="565"/>
        <source>驳回原因（顾问会看到）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicatePanel</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/duplicate_panel.py" line="35"/>
        <source>打开已有客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/duplicate_panel.py" line="69"/>
        <source>无销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/duplicate_panel.py" line="73"/>
        <source>　【撞单：其他顾问的客户】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/duplicate_panel.py" line="80"/>
        <source>该电话已登记为客户 {name}，可直接打开已有档案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/duplicate_panel.py" line="82"/>
        <source>可能重复：请核对下列客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/duplicate_panel.py" line="84"/>
        <source> 注意撞单：有匹配客户属于其他销售顾问（{names}）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="27"/>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="38"/>
        <source>删除个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="28"/>
        <source>按客户本人要求（个人信息保护法）删除 {name} 的个人信息：姓名、电话、联系人、生日、地址、车辆的车主关联和车牌、所有检索键，以及记录和操作日志中出现的这些信息。
线索、订单、服务等统计数据匿名保留，月度报表不变。
此操作不能撤销。请输入客户姓名“{name}”以确认：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="34"/>
        <source>客户姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="42"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="65"/>
        <source>输入的姓名与客户姓名不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationBanner</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/escalation_banner.py" line="32"/>
        <source>查看投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/escalation_banner.py" line="33"/>
        <source>打开投诉与回访页并选中这条投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/escalation_banner.py" line="56"/>
        <source>投诉已升级：{name} 的投诉已超过处理时限，请尽快处理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/escalation_banner.py" line="58"/>
        <source>（另有 {n} 条）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="36"/>
        <source>修改活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="36"/>
        <source>新建活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="39"/>
        <source>如：全新车型上市发布会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="49"/>
        <source>如：展厅、会展中心 3 号馆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="52"/>
        <source>如：意向 SUV 的潜在客户、车龄三年以上的车主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="58"/>
        <source>活动名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="58"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="59"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="59"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="60"/>
        <source>目标客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="60"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="99"/>
        <source>按条件邀请客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="105"/>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="109"/>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="111"/>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="141"/>
        <source>（不限）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="118"/>
        <source>（按下面的条件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="128"/>
        <source>客户分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="128"/>
        <source>客户类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="128"/>
        <source>价值分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="129"/>
        <source>线索级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="129"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="130"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="130"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="131"/>
        <source>符合条件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="132"/>
        <source>全部邀请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="163"/>
        <source>{n} 位客户（只邀请其中同意接收联系的）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="188"/>
        <source>现场登记 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/event.py" line="191"/>
        <source>参加活动：{name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="24"/>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="45"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="26"/>
        <source>客户列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="26"/>
        <source>线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="27"/>
        <source>服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="27"/>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="28"/>
        <source>营销名单（仅同意联系的客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="31"/>
        <source>浏览…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="37"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="38"/>
        <source>文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="39"/>
        <source>当前列表中的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="40"/>
        <source>全部客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="41"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="47"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="59"/>
        <source>导出到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="60"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="67"/>
        <source>请先选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="83"/>
        <source>（电话已打码）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/export.py" line="84"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="133"/>
        <source>创建系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="135"/>
        <source>这个数据库还没有可以登录的用户。请先创建系统管理员账号，之后用它登录并添加其他用户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="137"/>
        <source>数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="142"/>
        <source>系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="145"/>
        <source>至少 %1 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="149"/>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="149"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="150"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="151"/>
        <source>确认密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="152"/>
        <source>创建并登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="152"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="160"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="32"/>
        <source>记录跟进 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="36"/>
        <source>{name} · {level} · {model} · 上次联系 {last} · 本次应跟进 {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="45"/>
        <source>谈了什么：需求、顾虑、报价、约定…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="49"/>
        <source>结果，如：约周六试驾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="51"/>
        <source>保持 {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="63"/>
        <source>联系方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="64"/>
        <source>跟进内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="65"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="66"/>
        <source>新级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="67"/>
        <source>下次跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="69"/>
        <source>保存 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="70"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="78"/>
        <source>交车回访完成后客户成为基盘客户，不再安排线索跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/follow_up.py" line="112"/>
        <source>建议 {suggested}；逾期时间 {overdue}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlobalSearchBox</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="163"/>
        <source>查找客户：姓名、拼音、电话尾号、车牌、车架号 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="46"/>
        <location filename="../../dealerdesk/ui/help.py" line="129"/>
        <source>DealerDesk 帮助</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="56"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="60"/>
        <source>首页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="63"/>
        <source>在帮助中查找… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="74"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="87"/>
        <source>帮助文件缺失：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="132"/>
        <source>打开本页的帮助 (F1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="86"/>
        <source>导入客户资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="94"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="107"/>
        <source>请选择要导入的 Excel（.xlsx/.xls）或 CSV 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="108"/>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="119"/>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="123"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="127"/>
        <source>对应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="129"/>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="134"/>
        <source>重复客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="136"/>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="136"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="136"/>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="147"/>
        <source>读取映射…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="147"/>
        <source>保存映射…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="152"/>
        <source>检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="167"/>
        <source>返回修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="169"/>
        <source>保存错误行和警告…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="170"/>
        <source>不能导入的行（含错误原因）和导入时留空的内容（“警告”工作表）存成 Excel，改好后可再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="173"/>
        <source>开始导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="184"/>
        <source>选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="185"/>
        <source>表格文件 (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="207"/>
        <source>表头在第 {row} 行，共 {n} 行数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="234"/>
        <source>读取映射</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="234"/>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="241"/>
        <source>映射文件 (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="241"/>
        <source>保存映射</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="241"/>
        <source>映射.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="256"/>
        <source>检查结果（尚未写入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="256"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="257"/>
        <source>{head}：共 {rows} 行，新建 {imported}，更新 {updated}，跳过 {skipped}，不能导入 {rejected}，警告 {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="261"/>
        <source>第{row}行：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="263"/>
        <source>以下行已导入，请留意（留空的单元格、共用电话等）：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="264"/>
        <source>提示 {rows}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="272"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="275"/>
        <source>保存错误行和警告</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="275"/>
        <source>错误行.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="275"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="295"/>
        <source>读取 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="295"/>
        <source>检查 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="296"/>
        <source>写入 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="296"/>
        <source>建立索引…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="297"/>
        <source>提交…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KpiTableModel</name>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reporting.py" line="23"/>
        <source>跟进达标率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reporting.py" line="28"/>
        <source>指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reporting.py" line="29"/>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reporting.py" line="30"/>
        <source>上月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reporting.py" line="31"/>
        <source>去年同月</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeadDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="39"/>
        <source>（未定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="45"/>
        <source>未知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="46"/>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="49"/>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="51"/>
        <source>考虑的竞品，如 丰田凯美瑞、本田雅阁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="56"/>
        <source>（客户的顾问）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="64"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="65"/>
        <source>其他意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="66"/>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="67"/>
        <source>预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="68"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="69"/>
        <source>竞品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="70"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="71"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="72"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="79"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="79"/>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="79"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="79"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="85"/>
        <source>跟进与级别记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="89"/>
        <source>记录跟进 ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="90"/>
        <source>调整级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="91"/>
        <source>下单 / 订车单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="91"/>
        <source>交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="92"/>
        <source>退订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="92"/>
        <source>战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="101"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="102"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="113"/>
        <source>新建线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="114"/>
        <source>新建线索：首次跟进按级别自动安排（N 级按24小时规则）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="116"/>
        <source>线索 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="118"/>
        <source>{name} · {level} · {status} · 顾问 {owner} · 下次跟进 {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="129"/>
        <source>级别请用“调整级别”或记录跟进时修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="147"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="149"/>
        <source>事件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="181"/>
        <source>线索已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelChangeDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/level_change.py" line="22"/>
        <source>调整级别 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/level_change.py" line="27"/>
        <source>为什么调整，如：预算已确定、推迟到明年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/level_change.py" line="32"/>
        <source>{at}  {frm} → {to}  {who}：{why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/level_change.py" line="36"/>
        <source>当前级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/level_change.py" line="37"/>
        <source>新级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/level_change.py" line="38"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/level_change.py" line="39"/>
        <source>级别变化记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/level_change.py" line="40"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/level_change.py" line="40"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineEditDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="395"/>
        <source>修改项目：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="406"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="407"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="408"/>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="53"/>
        <source>屏幕已锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="53"/>
        <source>登录 DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="55"/>
        <source>屏幕已锁定。请输入 %1 的密码继续工作；输入其他登录名则切换用户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="58"/>
        <source>请输入登录名和密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="60"/>
        <source>数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="74"/>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="75"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="76"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="77"/>
        <source>退出程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="77"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="123"/>
        <source>登录失败次数较多，请等待 %1 秒后再试。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="41"/>
        <source>DealerDesk 客户关系管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="113"/>
        <source>搜索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="116"/>
        <source>DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="121"/>
        <source>按姓名、拼音、电话尾号、车牌或车架号查找客户，回车打开档案 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="125"/>
        <source>查找客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="127"/>
        <source>查找客户 (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="132"/>
        <source>文件(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="134"/>
        <source>新建客户(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="144"/>
        <source>导入客户(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="148"/>
        <source>导出(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="155"/>
        <source>数据库连接(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="159"/>
        <source>门店资料(&amp;S)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="164"/>
        <source>退出(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="168"/>
        <source>账户(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="169"/>
        <source>修改密码(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="172"/>
        <source>锁定(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="176"/>
        <source>注销 / 切换用户(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="179"/>
        <source>页面(&amp;V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="182"/>
        <source>帮助(&amp;H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="192"/>
        <source>键盘快捷键(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="195"/>
        <source>列出全部键盘快捷键</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="198"/>
        <source>关于 DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="201"/>
        <source>关于 Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="211"/>
        <source>数据库：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="214"/>
        <source>用户：%1（%2）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="230"/>
        <source>页面加载失败，详情见日志文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="289"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="290"/>
        <source>{label}(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="336"/>
        <source>密码已修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="357"/>
        <source>客户：%1 位</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="100"/>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="146"/>
        <source>合并客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="102"/>
        <source>把 &lt;b&gt;{other}&lt;/b&gt;（#{oid}）并入 &lt;b&gt;{survivor}&lt;/b&gt;（#{sid}）。对方的线索、车辆、服务记录、投诉等全部转到保留的客户；被并入的档案归档。&lt;br&gt;加粗的项目两边不同：勾选要保留的值。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="109"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="109"/>
        <source>保留：{name}（#{id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="110"/>
        <source>并入：{name}（#{id}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="121"/>
        <source>合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="122"/>
        <source>撤销合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="123"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="151"/>
        <source>确定合并这两位客户？合并后可以在本窗口撤销。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="154"/>
        <source>无法合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="160"/>
        <source>已合并（记录号 {id}）。转移：{moved}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="161"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="165"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="174"/>
        <source>无法撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/merge.py" line="176"/>
        <source>已撤销合并，两位客户恢复原样。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCustomerDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="33"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="36"/>
        <source>手机11位，座机加区号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="37"/>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="47"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="52"/>
        <source>同意接收联系（个人信息保护法）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="53"/>
        <source>客户同意后才会有生日、节日问候和满意度回访提醒，并出现在营销名单中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="55"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="55"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="56"/>
        <source>备用电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="56"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="57"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="57"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="58"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="58"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="61"/>
        <source>填写的车牌号、车架号用于查重，并登记为客户的车辆；其他车辆信息可点“车辆信息…”填写，或保存后在档案的“车辆与服务”中补充。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="64"/>
        <source>车辆信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="74"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="75"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="132"/>
        <source>可能重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="141"/>
        <source>确认号码无误，仍要保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="147"/>
        <source>这个电话已经属于已有客户，仍要新建一位客户吗？（建议打开已有档案）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="155"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="180"/>
        <source>至少 %1 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="182"/>
        <source>新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="182"/>
        <source>确认新密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/login.py" line="187"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="62"/>
        <source>查看今日跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="66"/>
        <source>关闭提示</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="100"/>
        <source>查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="101"/>
        <source>知道了</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="63"/>
        <source>下单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="65"/>
        <source>（意向车型）{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="73"/>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="80"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="81"/>
        <source>成交价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="82"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="76"/>
        <source>筛选：姓名、拼音、电话尾号、车牌、车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="79"/>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="81"/>
        <source>全部分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="83"/>
        <source>全部级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="83"/>
        <source>级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="84"/>
        <source>全部顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="85"/>
        <source>全部来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="87"/>
        <source>全部城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="88"/>
        <source>有逾期跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="89"/>
        <source>有未结投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="90"/>
        <source>含已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="93"/>
        <source>清除筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="95"/>
        <source>保存为客户分组…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="150"/>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="195"/>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="312"/>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="125"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="152"/>
        <source>新建客户 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="154"/>
        <source>接待登记 (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="156"/>
        <source>到店客户一次登记：客户、意向、到店/试驾/报价、级别和下次跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="159"/>
        <source>删除/归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="161"/>
        <source>没有历史记录的客户被删除，有历史记录的客户被归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="183"/>
        <source>颜色说明：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="192"/>
        <source>还没有客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="193"/>
        <source>这里会列出所有客户：姓名、电话、负责顾问、级别和下次跟进。新建第一位客户，或把现有的客户 Excel 表导入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="195"/>
        <source>导入 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dealerdesk/ui/pages/customers.py" line="256"/>
        <source>共 %n 位客户</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="340"/>
        <source>删除客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="341"/>
        <source>确定要删除客户“%1”吗？
有线索、车辆或转介绍记录的客户会被归档（可恢复），不会被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="349"/>
        <source>已删除客户“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="349"/>
        <source>客户“%1”有历史记录，已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="29"/>
        <source>设为大用户(&amp;A)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="30"/>
        <source>修改(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="31"/>
        <source>登记走访(&amp;V)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="32"/>
        <source>打印走访跟踪表(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="33"/>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="52"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="34"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="59"/>
        <source>走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="60"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="61"/>
        <source>车队</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="62"/>
        <source>目标与完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="88"/>
        <source>共 {n} 家，走访逾期 {late} 家</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="111"/>
        <source>还没有大用户：在客户档案里把单位客户登记好，再点“设为大用户”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="117"/>
        <source>{name}　客户经理 {manager}　主要联系人 {contact}　车队 {fleet} 台　本年订单 {yo}/{yt} 台　本月订单 {mo}/{mt} 台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="166"/>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="173"/>
        <source>大用户走访跟踪表.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="173"/>
        <source>保存大用户走访跟踪表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/key_accounts.py" line="176"/>
        <source>走访跟踪表已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/placeholder.py" line="23"/>
        <source>此功能即将推出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="122"/>
        <source>预约日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="123"/>
        <source>今日到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="124"/>
        <source>进度看板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="125"/>
        <source>车间看板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="126"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="163"/>
        <source>日视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="164"/>
        <source>周视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="171"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="171"/>
        <source>服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="176"/>
        <source>新预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="177"/>
        <source>改期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="178"/>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="390"/>
        <source>取消预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="179"/>
        <source>记为未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="186"/>
        <source>这一天还没有预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="187"/>
        <source>这里列出所选日期的预约：时间、客户、车辆、服务顾问和状态。客户来电或按保养提醒邀约时新建预约。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="188"/>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="371"/>
        <source>新建预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="201"/>
        <source>今天预约到店的客户；回车接车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="203"/>
        <source>接车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="204"/>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="210"/>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="238"/>
        <source>散客接车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="208"/>
        <source>今天没有待到店的预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="209"/>
        <source>预约了今天的客户到店后在这里接车；没有预约的客户用“散客接车”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="224"/>
        <source>所选工单可以改成的状态；灰字的步骤不是正常流程，需要填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="225"/>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="457"/>
        <source>更改状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="226"/>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="483"/>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="492"/>
        <source>交车结算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="228"/>
        <source>红色：已过承诺完工时间；回车打开工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="230"/>
        <source>改为</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="233"/>
        <source>打开工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="236"/>
        <source>车间里没有在修的车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="237"/>
        <source>这里列出所有未交车的工单：车牌、状态、服务顾问和承诺完工时间，超时的标红。接车开单后出现在这里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="276"/>
        <source>每位技师手上的活：施工中、待开工、今天已完工；回车打开工单，在工单里派工、开工、完工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="288"/>
        <source>今日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="288"/>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="291"/>
        <source>工单数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="291"/>
        <source>营业额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="292"/>
        <source>平均客单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="292"/>
        <source>增项 同意/拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="293"/>
        <source>按时完工率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="293"/>
        <source>预约未到店率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="294"/>
        <source>一次修复率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="294"/>
        <source>技师工时 实际/标准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="321"/>
        <source>今日已交车（{n} 台）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="325"/>
        <source>待派工（客户已同意、还没派给技师的项目：{n} 项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="329"/>
        <source>本月技师工时（实际 / 标准）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="330"/>
        <source>{name}：{worked:g} / {standard:g} 小时，{jobs} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="342"/>
        <source>{rate:.0%}（{fixed}/{judged}，{days} 天内未返修）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="390"/>
        <source>取消 {name} {at} 的预约吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="397"/>
        <source>未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="397"/>
        <source>把 {name} 的预约记为未到店吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="418"/>
        <source>已接车：{plate} {customer}，工单 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="437"/>
        <source>→ {status}（跳过或退回，需填原因）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="438"/>
        <source>→ {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="445"/>
        <source>工单待交车时才能结算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="457"/>
        <source>从“{old}”直接改为“{new}”不是正常的下一步，请填写原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="468"/>
        <source>工单 {number}（{plate}）已改为“{status}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="483"/>
        <source>工单 {number} 还在“质检中”。质检已通过、改为“待交车”并结算吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="489"/>
        <source>工单 {number} 已改为“待交车”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="492"/>
        <source>工单 {number} 还在“{status}”，维修、质检完成改为“待交车”后才能结算。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="497"/>
        <source>工单 {number}（{plate}）已结算交车，列在“今日已交车”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="51"/>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="75"/>
        <source>生成月度汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="53"/>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="58"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="70"/>
        <source>已送打印机：%1 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="72"/>
        <source>还没有生成报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="73"/>
        <source>选择月份后生成月度经营汇总：这里列出线索、订单、交车、战败和回访等指标，右边预览 PDF，可以保存和打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="110"/>
        <source>正在生成 %1 月度汇总…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="124"/>
        <source>生成失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="130"/>
        <source>%1 月度汇总：%2 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="139"/>
        <source>已保存到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="95"/>
        <source>角色权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="97"/>
        <source>保存设置 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="100"/>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="101"/>
        <source>放弃尚未保存的修改，恢复为已保存的设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="103"/>
        <source>有尚未保存的修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="121"/>
        <source>只有经理可以修改业务设置，您可以查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="131"/>
        <source>各角色能做的操作（✓ 可以，— 不可以），由程序规定，不能在此修改。销售顾问只能查看和修改自己负责的客户与线索（见“隐私”页的设置）；客户的负责销售只能由经理重新分配线索时更换；停用的用户不能做任何操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="145"/>
        <source>建议 x（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="145"/>
        <source>逾期 y（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="146"/>
        <source>各级别跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="158"/>
        <source>各车型月订单目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="160"/>
        <source>车型目录中还没有在售车型。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="162"/>
        <source>开机时自动启动到托盘（本机，Windows）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="167"/>
        <source>仅在 Windows 上可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="202"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="203"/>
        <source>未来 90 天的休息日（按已保存的设置）：{days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="312"/>
        <source>有 {n} 项设置的值不对，请按提示修改后再保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="318"/>
        <source>已保存 {n} 项设置；新的跟进按新设置安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="328"/>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="329"/>
        <source>界面语言已改为 {name}，重新启动程序后生效。现在重新启动吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="343"/>
        <source>已恢复为保存的设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="53"/>
        <source>今日跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="63"/>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="64"/>
        <source>全部人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="69"/>
        <source>人员(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="87"/>
        <source>事项类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="106"/>
        <source>打开客户 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="107"/>
        <source>记录跟进 ({k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="108"/>
        <source>线索 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="109"/>
        <source>暂缓 (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="110"/>
        <source>改派 (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="111"/>
        <source>刷新 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="122"/>
        <source>今天没有需要跟进的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="123"/>
        <source>这里列出今天到期和逾期的跟进、交车回访、保养、保险、年检和生日提醒。登记客户和线索后，跟进会按线索级别自动排进来。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="144"/>
        <source>按人员汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="145"/>
        <source>明细</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="173"/>
        <source>全部事项 ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="188"/>
        <source>战败审批 ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="192"/>
        <source>优惠审批 ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="222"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="309"/>
        <source>1 小时后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="310"/>
        <source>今天下午 (14:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="311"/>
        <source>明天上午 (09:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="312"/>
        <source>3 天后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="367"/>
        <source>暂缓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfPreview</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="31"/>
        <source>上一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="32"/>
        <source>上一页 (PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="34"/>
        <source>下一页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="35"/>
        <source>下一页 (PgDn)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="38"/>
        <source>页码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="41"/>
        <source>缩小</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="42"/>
        <source>缩小 (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="44"/>
        <source>放大</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="45"/>
        <source>放大 (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="47"/>
        <source>适合宽度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="48"/>
        <source>按窗口宽度显示 (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="52"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="53"/>
        <source>用系统打印对话框选择打印机并打印 (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="137"/>
        <source>没有可预览的内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/pdf_preview.py" line="144"/>
        <source>/ %1 页</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneListEdit</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="254"/>
        <source>添加电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="255"/>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="314"/>
        <source>第{n}个电话：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneListModel</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="214"/>
        <source>电话（第一个为主号码）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointsTab</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="87"/>
        <source>加积分(&amp;J)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="91"/>
        <source>调整等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="100"/>
        <source>会员等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="109"/>
        <source>会员积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="119"/>
        <source>　30 天内将过期 {n:,} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="121"/>
        <source>　累计 {earned:,} 分，{points:,} 分升{tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="125"/>
        <source>（等级为手动设定）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileLeads</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_leads.py" line="33"/>
        <source>选中的线索：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_leads.py" line="35"/>
        <source>打开线索 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_leads.py" line="36"/>
        <source>记录跟进 ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_leads.py" line="37"/>
        <source>调整级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_leads.py" line="38"/>
        <source>登记订单 / 订车单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_leads.py" line="39"/>
        <source>战败</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRecords</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="217"/>
        <source>记录联系…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="219"/>
        <source>登记购车记录…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="221"/>
        <source>接待登记（到店、试驾）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="225"/>
        <source>添加联系人…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="226"/>
        <source>修改…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="227"/>
        <source>删除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="241"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="267"/>
        <source>联系人 ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="297"/>
        <source>删除联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="303"/>
        <source>确定删除联系人 {name}？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileWindow</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="71"/>
        <source>基本资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="74"/>
        <source>线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="75"/>
        <source>级别变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="76"/>
        <source>线索与级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="78"/>
        <source>互动记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="79"/>
        <source>车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="80"/>
        <source>车辆提醒（保养、续保、年检）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="82"/>
        <source>服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="84"/>
        <source>车辆与服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="85"/>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="87"/>
        <source>购车记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="86"/>
        <source>订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="89"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="90"/>
        <source>满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="91"/>
        <source>投诉与调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="92"/>
        <source>分类与评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="100"/>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="101"/>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="102"/>
        <source>合并重复客户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="103"/>
        <source>删除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="104"/>
        <source>打印档案 (Ctrl+P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="106"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="172"/>
        <source>显示号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="173"/>
        <source>显示完整的电话号码（会记入操作日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="191"/>
        <source>负责销售由经理在“今日跟进”页重新分配线索时更换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="192"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="197"/>
        <source>同意接收联系（个人信息保护法）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="203"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="203"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="203"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="204"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="204"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="204"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="205"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="205"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="205"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="206"/>
        <source>职业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="206"/>
        <source>收入水平</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="207"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="207"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="207"/>
        <source>需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="208"/>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="208"/>
        <source>介绍人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="259"/>
        <source>新增车辆…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="260"/>
        <source>编辑车辆…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="261"/>
        <source>登记续保…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="286"/>
        <source>请选择车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="286"/>
        <source>请先在车辆列表中选择一辆车。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="384"/>
        <source>（无电话）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="389"/>
        <source>类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="390"/>
        <source>分级：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="391"/>
        <source>销售顾问：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="392"/>
        <source>最近活动：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="395"/>
        <source>此客户已合并到 #{id}，档案只读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="397"/>
        <source>此客户已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="404"/>
        <source>暂无评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="407"/>
        <source>价值分 {total}　分级：{tier}　类别：{category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="411"/>
        <source>（按当前数据估算，尚未保存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="413"/>
        <source>分类依据：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="428"/>
        <source>客户档案 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="450"/>
        <source>有填写不正确的项目，请按红字提示修改后再保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="454"/>
        <source>请核对电话号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="455"/>
        <source>确认号码无误，仍要保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="473"/>
        <source>客户资料已被他人修改：您填写的内容仍在，核对后可再次保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="474"/>
        <source>客户资料已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="476"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="494"/>
        <source>未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="494"/>
        <source>客户 {name} 的修改还没有保存，要保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="516"/>
        <source>删除客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="516"/>
        <source>确定删除客户 {name}？有历史记录的客户会被归档而不是删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="523"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="524"/>
        <source>客户 {name} 有历史记录，已归档（可在客户列表中查看已归档客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="533"/>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="538"/>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="541"/>
        <source>合并重复客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="533"/>
        <source>输入另一位客户的姓名、电话或车牌：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="538"/>
        <source>没有找到匹配的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="541"/>
        <source>选择要并入本客户的记录：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurchaseDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="106"/>
        <source>登记购车记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="119"/>
        <source>车型，如 大众 途岳</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="123"/>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="131"/>
        <source>在其他经销商购买（他店购车）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="132"/>
        <source>他店购车不计入本店的购车次数和消费，但会影响客户类别（流失判断）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="135"/>
        <source>购车日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="136"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="137"/>
        <source>价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="138"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="139"/>
        <source>购车渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="141"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="142"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickNewCustomerDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="94"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="102"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="103"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="104"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="105"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="114"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReassignDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="230"/>
        <source>改派线索（{n} 条）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="236"/>
        <source>改派原因，如：原顾问离职</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="240"/>
        <source>转给</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="241"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="242"/>
        <source>改派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="242"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairOrderDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="59"/>
        <source>修改项目(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="60"/>
        <source>删除项目 (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="61"/>
        <source>撤销 (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="66"/>
        <source>派工(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="67"/>
        <source>开工(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="68"/>
        <source>完工(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="73"/>
        <source>技师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="79"/>
        <source>报价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="82"/>
        <source>加入报价(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="87"/>
        <source>确认人（客户或其代表）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="88"/>
        <source>客户确认报价(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="89"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="93"/>
        <source>预计完工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="102"/>
        <source>增项（维修中发现）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="105"/>
        <source>增项内容，例如：更换前刹车片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="107"/>
        <source>加一行(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="109"/>
        <source>提交增项报价(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="115"/>
        <source>答复人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="116"/>
        <source>客户同意(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="117"/>
        <source>客户拒绝(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="125"/>
        <source>待答复增项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="135"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="136"/>
        <source>打印工单(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="137"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="177"/>
        <source>工单 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="178"/>
        <source>{number}　{customer}　{plate}　{status}　进厂 {km:,} 公里　{complaint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="192"/>
        <source>已确认：{who} {at:%m-%d %H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="193"/>
        <source>报价待客户确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="195"/>
        <source>报价 ¥{quoted:,.2f} ＋ 已同意增项 ¥{agreed:,.2f} ＝ &lt;b&gt;合计 ¥{total:,.2f}&lt;/b&gt;　已拒绝 ¥{declined:,.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="199"/>
        <source>　待客户答复 ¥{pending:,.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="231"/>
        <source>还没有技师：请系统管理员在用户管理里勾选“同时是技师”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="238"/>
        <source>修改项目…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="239"/>
        <source>删除项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="240"/>
        <source>派工给所选技师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="241"/>
        <source>开工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="242"/>
        <source>完工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="256"/>
        <source>恢复删除的“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="260"/>
        <source>已删除“{name}”（Ctrl+Z 撤销）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="272"/>
        <source>恢复“{name}”原来的数量和单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="276"/>
        <source>已修改“{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="286"/>
        <source>已撤销：{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="295"/>
        <source>“{line}”已派给 {tech}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="303"/>
        <source>{tech} 已开工：{line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="311"/>
        <source>{tech} 已完工：{line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="326"/>
        <source>已加入报价：{item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="336"/>
        <source>客户已确认报价 ¥{total:,.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="343"/>
        <source>本次增项 {n} 行：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="354"/>
        <source>增项报价已提交，等客户答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="364"/>
        <source>增项已记为客户同意，合计 ¥{total:,.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="365"/>
        <source>增项已记为客户拒绝（下次来店时再建议）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="378"/>
        <source>保存工单 PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="93"/>
        <source>没有找到“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="113"/>
        <source>匹配：{what}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="32"/>
        <source>交车结算 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="50"/>
        <source> 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="56"/>
        <source>结算后打印结算单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="59"/>
        <source>优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="60"/>
        <source>优惠原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="61"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="62"/>
        <source>积分抵扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="64"/>
        <source>结算并交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="66"/>
        <source>实际金额与报价对比（含客户同意的增项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="80"/>
        <source>报价 ¥{q:,.2f}　实际 ¥{f:,.2f}　差额 {d:+,.2f}　应付 ¥{p:,.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="86"/>
        <source>无权查看会员积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="94"/>
        <source>{tier}　可用积分 {balance:,} 分（{rate} 分抵 1 元）　抵扣 ¥{yuan:,.2f}　实付 ¥{cash:,.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="101"/>
        <source>交车结算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="101"/>
        <source>结算后工单不能再修改，确定结算吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlotGridModel</name>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="85"/>
        <source> 休</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="101"/>
        <source>门店休息：{why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreProfileDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_profile.py" line="18"/>
        <source>门店资料</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="167"/>
        <source>正在读取待跟进…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="171"/>
        <source>打开 DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="172"/>
        <source>今日跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="173"/>
        <source>暂停提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="174"/>
        <source>15 分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="175"/>
        <source>1 小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="176"/>
        <source>到明天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="177"/>
        <source>恢复提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="180"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="206"/>
        <source>DealerDesk 跟进提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="214"/>
        <source>早上好！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="214"/>
        <source>下午好！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="215"/>
        <source>晚上好！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="216"/>
        <source>今日待跟进 {due} 项，逾期 {overdue} 项。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="219"/>
        <source>今天是月底盘点日（本月盘点日：{first}–{last}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="222"/>
        <source>今天是每周目标进度回顾日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="225"/>
        <source>本月订单 {orders}/{target} 台，{behind} 位顾问低于进度（见“目标与绩效”）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="229"/>
        <source> 等 {n} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="230"/>
        <source>到期：{names}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="235"/>
        <source>今日待跟进 {due} 项 · 逾期 {overdue} 项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="237"/>
        <source>（提醒已暂停到 {t}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="307"/>
        <source>DealerDesk 仍在托盘运行，到期的跟进会在这里提醒。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VinEdit</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="115"/>
        <source>17位车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="120"/>
        <source>车架号校验位不符，请核对行驶证（仍可保存）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="39"/>
        <source>登记走访：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="47"/>
        <source>其他人（在下面填写）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="49"/>
        <source>见到的人的姓名和职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="52"/>
        <source>例如：年度用车计划沟通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="57"/>
        <source>已约定下次走访日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="62"/>
        <source>走访日期(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="63"/>
        <source>接待人(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="65"/>
        <source>走访事由(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="66"/>
        <source>走访结果(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="67"/>
        <source>下一步(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="69"/>
        <source>下次走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="70"/>
        <source>不约定日期时，按{grade}的走访间隔安排下次走访。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/key_account.py" line="73"/>
        <source>保存走访</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="49"/>
        <source>接待登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="56"/>
        <source>登记 (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="56"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="82"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="84"/>
        <source>手机11位，座机加区号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="89"/>
        <source>同意接收联系（个人信息保护法）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="93"/>
        <source>改为登记新客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="95"/>
        <source>选用此客户（已有客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="99"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="100"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="101"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="115"/>
        <source>意向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="125"/>
        <source>从车型目录选择，或直接输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="129"/>
        <source>未知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="130"/>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="132"/>
        <source>（暂不分配）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="139"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="140"/>
        <source>预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="141"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="145"/>
        <source>本次接待</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="156"/>
        <source>试驾车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="164"/>
        <source>需求、顾虑、报价…（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="174"/>
        <source>接待内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="176"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="177"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="178"/>
        <source>下次跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="200"/>
        <source>已有客户：{name}（#{id}）　{phones}　销售顾问：{owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="209"/>
        <source>本次到店记入进行中的线索 #{id}：{level} · {model} · {owner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="258"/>
        <source>按级别 {level} 的跟进周期建议 {suggested}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="285"/>
        <source>可能重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="296"/>
        <source>确认号码无误，仍要保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="301"/>
        <source>这个电话已经属于已有客户，仍要登记为新客户吗？（建议点“选用此客户”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="306"/>
        <source>无法登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="327"/>
        <source>接待登记(&amp;W)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/walk_in.py" line="329"/>
        <source>登记到店客户：客户、意向、到店/试驾/报价、级别</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_LeadActionDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="29"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../dealerdesk/app.py" line="178"/>
        <source>出错了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/app.py" line="178"/>
        <source>操作没有完成：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/app.py" line="197"/>
        <source>演示门店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/app.py" line="197"/>
        <source>正在生成演示数据，请稍候……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/app.py" line="313"/>
        <location filename="../../dealerdesk/app.py" line="322"/>
        <location filename="../../dealerdesk/app.py" line="327"/>
        <source>无法打开数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/app.py" line="327"/>
        <source>无法访问数据库文件：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/audit.py" line="17"/>
        <source>（已按删除请求脱敏）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="39"/>
        <source>只有经理和系统管理员可以查看操作日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="45"/>
        <source>客户编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="47"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="57"/>
        <source>查询(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="59"/>
        <source>导出(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="66"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="66"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="66"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="79"/>
        <source>没有符合条件的操作记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="80"/>
        <source>这里按时间列出每一次新建、修改、删除、导出、登录和越权尝试，谁在什么时候做了什么。换一个用户、操作或日期再查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="82"/>
        <source>清除筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="95"/>
        <source>全部用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="97"/>
        <source>全部操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="100"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="136"/>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="139"/>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="146"/>
        <source>导出操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="146"/>
        <source>已导出 {n} 条到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit_action</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="380"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="381"/>
        <source>修改客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="382"/>
        <source>删除客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="383"/>
        <source>归档客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="384"/>
        <source>取消归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="385"/>
        <source>合并客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="386"/>
        <source>撤销合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="387"/>
        <source>打印客户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="388"/>
        <source>导出客户全部信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="389"/>
        <source>删除客户个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="390"/>
        <source>重新计算分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="391"/>
        <source>新建线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="392"/>
        <source>修改线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="393"/>
        <source>调整级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="394"/>
        <source>记录跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="395"/>
        <source>接待登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="396"/>
        <source>记录联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="397"/>
        <source>登记购车记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="398"/>
        <source>保存联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="399"/>
        <source>删除联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="400"/>
        <source>下订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="401"/>
        <source>线索交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="402"/>
        <source>订单退订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="403"/>
        <source>提交战败申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="404"/>
        <source>记为战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="405"/>
        <source>批准战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="406"/>
        <source>驳回战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="407"/>
        <source>转交线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="408"/>
        <source>推迟跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="409"/>
        <source>新建车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="410"/>
        <source>修改车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="411"/>
        <source>车辆过户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="412"/>
        <source>登记续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="413"/>
        <source>导出流失回访名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="414"/>
        <source>新建服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="415"/>
        <source>新建投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="416"/>
        <source>投诉状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="417"/>
        <source>投诉升级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="418"/>
        <source>新建回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="419"/>
        <source>提醒完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="420"/>
        <source>推迟提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="421"/>
        <source>忽略提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="422"/>
        <source>生成提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="423"/>
        <source>预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="424"/>
        <source>改约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="425"/>
        <source>取消预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="426"/>
        <source>未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="427"/>
        <source>接车开单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="428"/>
        <source>添加工单项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="429"/>
        <source>删除工单项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="430"/>
        <source>承诺交车时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="431"/>
        <source>客户确认报价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="432"/>
        <source>提出增项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="433"/>
        <source>增项答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="434"/>
        <source>结算项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="435"/>
        <source>工单状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="436"/>
        <source>结算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="437"/>
        <source>修改工单项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="438"/>
        <source>恢复删除的工单项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="439"/>
        <source>派工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="440"/>
        <source>取消派工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="441"/>
        <source>技师开工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="442"/>
        <source>技师完工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="443"/>
        <source>保存项目目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="444"/>
        <source>停用维修项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="445"/>
        <source>保存维修套餐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="446"/>
        <source>停用维修套餐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="447"/>
        <source>保存车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="448"/>
        <source>停售车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="449"/>
        <source>导入目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="450"/>
        <source>新建活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="451"/>
        <source>修改活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="452"/>
        <source>取消活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="453"/>
        <source>邀请参加活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="454"/>
        <source>撤销活动邀请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="455"/>
        <source>登记活动回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="456"/>
        <source>活动签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="457"/>
        <source>活动现场登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="458"/>
        <source>打印活动总结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="459"/>
        <source>修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="460"/>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="461"/>
        <source>停用用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="462"/>
        <source>修改本人密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="463"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="464"/>
        <source>更改角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="465"/>
        <source>创建首个管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="466"/>
        <source>修改员工资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="467"/>
        <source>修改门店资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="468"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="469"/>
        <source>登录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="470"/>
        <source>越权被拒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="471"/>
        <source>查看完整电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="472"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="473"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="474"/>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="475"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="477"/>
        <source>保存年度订单计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="478"/>
        <source>滚动计划新版本</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="479"/>
        <source>分解月度目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="480"/>
        <source>打印目标与绩效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="481"/>
        <source>保存订车单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="482"/>
        <source>批准优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="483"/>
        <source>驳回优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="484"/>
        <source>置换收车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="486"/>
        <source>保存大用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="487"/>
        <source>登记大用户走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="488"/>
        <source>安排大用户走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="489"/>
        <source>打印大用户走访跟踪表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="490"/>
        <source>积分入账</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="491"/>
        <source>积分抵扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="492"/>
        <source>调整会员等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="493"/>
        <source>保存客户分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="494"/>
        <source>删除客户分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="495"/>
        <source>生成外呼名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="496"/>
        <source>记录外呼结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="497"/>
        <source>关闭外呼名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="498"/>
        <source>生成群发批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="499"/>
        <source>导出群发文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="500"/>
        <source>删除群发批次</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <location filename="../../dealerdesk/services/backup.py" line="31"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/backup.py" line="31"/>
        <source>线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/backup.py" line="32"/>
        <source>车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/backup.py" line="33"/>
        <source>维修保养记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="35"/>
        <source>未知时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="38"/>
        <location filename="../../dealerdesk/ui/backup.py" line="141"/>
        <location filename="../../dealerdesk/ui/backup.py" line="144"/>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="39"/>
        <source>用 %1 的备份替换当前数据库？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="42"/>
        <source>备份中有：%1（共 %2 行，数据库版本 %3）。

恢复前会把当前数据库另存为安全副本；恢复后，备份之后录入的数据不在当前数据库中。请先关闭其他电脑上的 DealerDesk。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="46"/>
        <source>恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="47"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="60"/>
        <source>立即备份(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="63"/>
        <source>恢复备份(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="68"/>
        <source>备份 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="89"/>
        <source>正在自动备份……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="96"/>
        <source>今天的自动备份已完成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="101"/>
        <source>自动备份没有完成：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="102"/>
        <source>自动备份没有完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="104"/>
        <source>程序可以照常使用。管理员可以在“设置 → 门店与系统”中更改备份文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="111"/>
        <source>退出时备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="111"/>
        <location filename="../../dealerdesk/ui/backup.py" line="119"/>
        <source>正在备份数据库……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="115"/>
        <source>退出时备份没有完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="119"/>
        <location filename="../../dealerdesk/ui/backup.py" line="122"/>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="122"/>
        <source>备份已写入并校验：
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="126"/>
        <source>选择要恢复的备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="127"/>
        <source>DealerDesk 备份 (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="127"/>
        <source>所有文件 (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="134"/>
        <source>不能恢复这个文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="141"/>
        <source>正在恢复数据库……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/backup.py" line="144"/>
        <source>已从备份恢复。恢复前的数据库另存为：
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>birthday_kinds</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="223"/>
        <source>公历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="223"/>
        <source>农历</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>calendar</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="507"/>
        <source>周一</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="507"/>
        <source>周二</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="507"/>
        <source>周三</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="508"/>
        <source>周四</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="508"/>
        <source>周五</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="508"/>
        <source>周六</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="509"/>
        <source>周日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="513"/>
        <source>营业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="514"/>
        <source>每周休息日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="515"/>
        <source>法定节假日休息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="516"/>
        <source>调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="517"/>
        <source>门店休息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="518"/>
        <source>门店加班营业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/store_calendar.py" line="194"/>
        <source>节假日数据：{first}–{last} 年（chinesecalendar {version}）。{next} 年的放假调休安排尚未收录：这一年只按法定假日（元旦、春节除夕至初三、清明、劳动节两天、端午、中秋、国庆三天）休息，没有连休和调休上班日。国务院公布后请升级程序，或在“门店休息日”“门店加班日”中补上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/store_calendar.py" line="199"/>
        <source>节假日数据：{first}–{last} 年（chinesecalendar {version}）。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>campaigns</name>
    <message>
        <location filename="../../dealerdesk/domain/campaigns.py" line="26"/>
        <source>{称呼}，{门店}祝您生日快乐，身体健康，万事如意！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/campaigns.py" line="27"/>
        <source>{称呼}，{门店}祝您{节日}快乐，阖家幸福！</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/campaigns.py" line="28"/>
        <source>{称呼}，您的爱车{车牌}陪伴您已满一年，{门店}感谢您的信任，欢迎回店免费检测。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/campaigns.py" line="30"/>
        <source>{称呼}，您的{车型}（{车牌}）首次保养将于{到期日}到期，请提前预约，{顾问}为您服务。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="575"/>
        <source>已接通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="576"/>
        <source>无人接听</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="577"/>
        <source>号码错误</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="578"/>
        <source>拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="579"/>
        <source>已预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="580"/>
        <source>承诺到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="584"/>
        <source>轮流分配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="585"/>
        <source>平均分段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="589"/>
        <source>群发</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="590"/>
        <source>生日祝福</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="591"/>
        <source>节日问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="592"/>
        <source>购车周年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="593"/>
        <source>首保关怀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="599"/>
        <source>待导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="600"/>
        <source>已导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="604"/>
        <source>未同意接收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="605"/>
        <source>没有手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="606"/>
        <source>没有电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="607"/>
        <source>近期已联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="611"/>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="293"/>
        <source>外呼名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="612"/>
        <source>群发批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="35"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="75"/>
        <source>手机号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="35"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="77"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/segments.py" line="27"/>
        <source>流失召回（{months}个月未到店）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/segments.py" line="63"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="27"/>
        <source>分组名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="80"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="34"/>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="292"/>
        <source>客户分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="83"/>
        <source>例如：凯美瑞车主（保养到期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="85"/>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="86"/>
        <source>全部分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="87"/>
        <source>全部顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="88"/>
        <source>全部来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="89"/>
        <source>全部城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="91"/>
        <source>车型或车系，例如 凯美瑞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="93"/>
        <source>未结线索的意向车型或车系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="94"/>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="96"/>
        <source>不限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="94"/>
        <source>{m} 月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="95"/>
        <source>按客户过的生日：登记为农历生日的按农历月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="96"/>
        <source>保养到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="96"/>
        <source>保险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="97"/>
        <source>年检到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="98"/>
        <source>从</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="99"/>
        <source>到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="100"/>
        <source>此日期以来未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="101"/>
        <source>有未结投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="102"/>
        <source>只要同意接收营销信息的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="121"/>
        <source>分组名称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="122"/>
        <source>客户类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="123"/>
        <source>价值分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="124"/>
        <source>负责顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="125"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="126"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="127"/>
        <source>拥有车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="128"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="129"/>
        <source>生日月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="134"/>
        <source>到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="135"/>
        <source>上次到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="173"/>
        <source>符合条件的客户：{n} 位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="190"/>
        <source>生成外呼名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="206"/>
        <source>名单名称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="207"/>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="301"/>
        <source>客户分组(&amp;G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="208"/>
        <source>外呼人员(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="209"/>
        <source>分配方式(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="210"/>
        <source>未同意接收营销信息、没有电话或近期已收到群发的客户不放进名单，会分别计数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="212"/>
        <source>生成名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="227"/>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="356"/>
        <source>请先保存一个客户分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="243"/>
        <source>记录外呼结果：{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="248"/>
        <source>客户说了什么、约了什么时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="251"/>
        <source>通话结果(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="252"/>
        <source>备注(&amp;M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="270"/>
        <source>新建群发批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="280"/>
        <source>例如：{称呼}，您的{车型}（{车牌}）保养将于{到期日}到期，{门店}提醒您预约。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="284"/>
        <source>插入字段：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="292"/>
        <source>{活动日期} 的内容，例如 12月20日（周六）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="300"/>
        <source>批次名称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="302"/>
        <source>发送方式(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="303"/>
        <source>消息内容(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="305"/>
        <source>活动日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="306"/>
        <source>预览（分组中的第一位客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="308"/>
        <source>生成后可逐条预览，再导出为短信平台或微信使用的文件；程序不会自动发送任何消息。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="310"/>
        <source>生成批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="341"/>
        <source>（填写内容后在这里预览）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="341"/>
        <source>（分组中没有客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/campaigns.py" line="351"/>
        <source>{n} 个字，按 {parts} 条短信计费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="28"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="65"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="28"/>
        <source>现成分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="28"/>
        <source>自定义筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="29"/>
        <source>保存时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="33"/>
        <source>名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="35"/>
        <source>人数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="36"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="46"/>
        <source>已打</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="37"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="48"/>
        <source>接通</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="38"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="49"/>
        <source>预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="39"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="68"/>
        <source>未放入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="40"/>
        <source>生成时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="44"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="56"/>
        <source>外呼人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="45"/>
        <source>分到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="47"/>
        <source>未打</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="50"/>
        <source>进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="54"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="74"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="55"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="57"/>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="70"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="57"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="57"/>
        <source>待拨打</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="58"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="59"/>
        <source>拨打次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="60"/>
        <source>最近拨打</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="64"/>
        <source>批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="66"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="67"/>
        <source>条数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="69"/>
        <source>问候日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/campaigns.py" line="76"/>
        <source>字数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="40"/>
        <source>新建分组(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="41"/>
        <source>修改(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="42"/>
        <source>删除(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="56"/>
        <source>客户分组是保存下来的客户列表筛选条件，人数随客户资料实时变化；在“客户”页面筛选后点“保存为客户分组”也能一步保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="75"/>
        <source>“{name}”现有 {n} 位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="96"/>
        <source>删除客户分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="96"/>
        <source>确定删除客户分组“{name}”吗？已生成的外呼名单和群发批次不受影响。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="110"/>
        <source>生成外呼名单(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="111"/>
        <source>记录通话结果(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="112"/>
        <source>结束名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="179"/>
        <source>结束外呼名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="179"/>
        <source>结束“{name}”？没打的电话会从工作台移除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="195"/>
        <source>新建群发批次(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="196"/>
        <source>导出文件(&amp;X)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="197"/>
        <source>删除批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="221"/>
        <source>今日待发问候：{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="222"/>
        <source>今日没有待发的问候批次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="253"/>
        <source>导出群发文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="254"/>
        <source>Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="268"/>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="268"/>
        <source>已导出 {n} 条消息到 {path}。请用短信平台发送，或复制到微信。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="275"/>
        <source>删除群发批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="275"/>
        <source>确定删除还没导出的批次“{name}”吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/campaigns.py" line="294"/>
        <source>群发与问候</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>catalogue</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="310"/>
        <source>汽油</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="311"/>
        <source>油电混动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="312"/>
        <source>插电混动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="313"/>
        <source>纯电动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="317"/>
        <source>轿车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="318"/>
        <source>两厢车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="319"/>
        <source>SUV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="320"/>
        <source>MPV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="321"/>
        <source>旅行车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="322"/>
        <source>跑车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="323"/>
        <source>皮卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="61"/>
        <source>新建车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="61"/>
        <source>编辑车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="66"/>
        <source>例如：凯美瑞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="67"/>
        <source>例如：凯美瑞 2025款 2.0G 豪华版</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="68"/>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="75"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="76"/>
        <source> 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="77"/>
        <source> 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="80"/>
        <source>本店品牌（不勾选：竞品车型，用于战败分析）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="83"/>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="42"/>
        <source>在售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="100"/>
        <source>品牌(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="100"/>
        <source>车系(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="101"/>
        <source>车型名称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="101"/>
        <source>指导价(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="102"/>
        <source>燃料类型(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="102"/>
        <source>车身类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="103"/>
        <source>年款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="104"/>
        <source>保养间隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="105"/>
        <source>年检规则</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="107"/>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="176"/>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="273"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="128"/>
        <source>新能源号牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="153"/>
        <source>新建维修项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="153"/>
        <source>编辑维修项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="158"/>
        <source>例如：L-MAINT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="167"/>
        <source>升、个、套…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="168"/>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="252"/>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="16"/>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="172"/>
        <source>类型(&amp;K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="172"/>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="269"/>
        <source>编码(&amp;C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="173"/>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="269"/>
        <source>名称(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="173"/>
        <source>标准工时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="174"/>
        <source>工时单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="174"/>
        <source>价格(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="175"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="226"/>
        <source>新建套餐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="226"/>
        <source>编辑套餐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="231"/>
        <source>例如：PK-MINOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="232"/>
        <source>例如：小保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="240"/>
        <source>加入(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="243"/>
        <source>移除所选(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="244"/>
        <source>固定价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="270"/>
        <source>项目(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="270"/>
        <source>套餐内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="271"/>
        <source>价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/catalogue.py" line="308"/>
        <source>套餐价 ¥{price}（项目合计 ¥{sum}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="12"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="17"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="23"/>
        <source>{n} 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="25"/>
        <source>{n:,} 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="43"/>
        <source>停售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="66"/>
        <source>固定价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="67"/>
        <source>按项目合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="59"/>
        <source>新建车型(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="60"/>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="126"/>
        <source>编辑(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="61"/>
        <source>停售(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="62"/>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="128"/>
        <source>从表格导入(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="66"/>
        <source>还没有车型。点“新建车型”逐个添加，或“从表格导入”一张含 品牌/车系/车型/指导价/燃料类型 列的表格。销售的意向车型、订单和车辆都从这里选。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="76"/>
        <source>本店品牌排在选择列表最前；竞品车型用于战败分析。停售的车型不再出现在选择列表中，已有的线索、订单和车辆保留。插电混动和纯电动车挂新能源号牌。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="113"/>
        <source>停售车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="113"/>
        <source>停售 %1 后它不再出现在选择列表中，已有的线索、订单和车辆保留。确定停售吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="124"/>
        <source>新建项目(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="125"/>
        <source>新建套餐(&amp;K)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="127"/>
        <source>停用(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="135"/>
        <source>还没有维修项目。点“新建项目”添加工时项目（标准工时 × 工时单价）和配件，再用“新建套餐”把它们组成小保养、大保养等套餐；也可以“从表格导入”。工单从这里选项目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="142"/>
        <source>工时项目和配件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="142"/>
        <location filename="../../dealerdesk/ui/widgets/service_picker.py" line="46"/>
        <source>套餐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="204"/>
        <source>停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="204"/>
        <source>停用 %1 后工单不能再选它，已开的工单不变。确定停用吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="219"/>
        <source>只有经理和系统管理员可以维护车型目录和维修项目价目。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="224"/>
        <source>车型目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="225"/>
        <source>维修项目价目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="234"/>
        <source>导入车型或维修项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="235"/>
        <source>表格 (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="240"/>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="252"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="245"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="245"/>
        <source>维修项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="246"/>
        <source>已导入%1：共 %2 行，新建 %3，更新 %4，拒绝 %5。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/catalogue.py" line="250"/>
        <source>第%1行：%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/service_picker.py" line="28"/>
        <source>选择项目、配件或套餐，或直接输入其他项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/service_picker.py" line="34"/>
        <source>价目表以外的项目：填写单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/service_picker.py" line="44"/>
        <source>工时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/service_picker.py" line="45"/>
        <source>配件</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>categories</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="203"/>
        <source>高价值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="204"/>
        <source>潜在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="205"/>
        <source>一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="206"/>
        <source>流失</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="116"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="117"/>
        <source>短信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="118"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="119"/>
        <source>邮件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="120"/>
        <source>到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="121"/>
        <source>试驾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="122"/>
        <source>上门拜访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="123"/>
        <source>网络平台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="124"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="125"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>classify</name>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="159"/>
        <source>购车次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="160"/>
        <source>{n} 次购车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="161"/>
        <source>近3年消费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="162"/>
        <source>{yuan} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="163"/>
        <source>近12个月进厂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="164"/>
        <source>{n} 次进厂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="168"/>
        <source>收入水平</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="170"/>
        <source>收入水平 {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="171"/>
        <source>转介绍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="172"/>
        <source>介绍 {n} 位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="173"/>
        <source>在跟线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="175"/>
        <source>线索级别 {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="183"/>
        <source>满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="185"/>
        <location filename="../../dealerdesk/domain/classify.py" line="188"/>
        <location filename="../../dealerdesk/domain/classify.py" line="191"/>
        <source>最近调查：{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="186"/>
        <source>复购可能性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="189"/>
        <source>推荐意愿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="195"/>
        <source>未结投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="213"/>
        <source>{months}个月内无购车、保养或到店记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="214"/>
        <source>{on} 战败（已购他店/竞品），之后未回厂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="215"/>
        <source>价值分 {total}（高档），已购车 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="216"/>
        <source>有在跟线索（{level} 级），尚未购车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="217"/>
        <source>价值分 {total}，购车与进厂频次一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="218"/>
        <source>{n} 件未结投诉</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../dealerdesk/cli/aftersales.py" line="118"/>
        <location filename="../../dealerdesk/cli/aftersales.py" line="129"/>
        <source>以此日期为今天（YYYY-MM-DD，默认今天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/aftersales.py" line="128"/>
        <source>多少个月未到店（默认6）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/aftersales.py" line="130"/>
        <source>导出为 CSV 文件（经理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/aftersales.py" line="134"/>
        <source>提醒（保养、续保、年检、生日……）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/aftersales.py" line="135"/>
        <source>为全店生成今后30天的提醒（可每天定时运行）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/aftersales.py" line="137"/>
        <source>车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/aftersales.py" line="138"/>
        <source>按车牌、车架号尾号、电话或姓名查车，显示车辆卡片和服务历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/aftersales.py" line="141"/>
        <source>流失召回名单：保养已到期且6个月以上未到店的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/catalogue.py" line="69"/>
        <source>车型表或维修项目表（.xlsx、.xls 或 .csv），按表头识别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/catalogue.py" line="70"/>
        <location filename="../../dealerdesk/cli/transfer.py" line="96"/>
        <source>工作表名（默认第一个）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/catalogue.py" line="75"/>
        <source>models：车型目录；services：维修项目、配件和套餐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/catalogue.py" line="79"/>
        <source>车型目录和维修项目价目（导入、列出）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/catalogue.py" line="80"/>
        <source>从 Excel/CSV 导入车型或维修项目（按表头识别；同名/同编码则更新）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/catalogue.py" line="82"/>
        <source>列出车型（models）或维修项目和套餐（services）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/customers.py" line="54"/>
        <source>查找客户（姓名、拼音、电话尾号、车牌、车架号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/customers.py" line="99"/>
        <source>FILE.json（或 .pdf）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/customers.py" line="104"/>
        <source>客户姓名，须与档案完全一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/customers.py" line="108"/>
        <location filename="../../dealerdesk/cli/reporting.py" line="120"/>
        <source>客户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/customers.py" line="109"/>
        <source>显示一位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/customers.py" line="110"/>
        <source>导出一位客户的全部信息（个人信息保护法）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/customers.py" line="111"/>
        <source>按客户要求删除其个人信息（个人信息保护法）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/demo.py" line="41"/>
        <source>新数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/demo.py" line="44"/>
        <source>数据以此日期为今天（YYYY-MM-DD，默认今天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/demo.py" line="45"/>
        <source>覆盖已存在的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/demo.py" line="46"/>
        <source>所有演示用户的密码（默认 demo1234）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/demo.py" line="49"/>
        <source>生成演示门店数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/gui.py" line="30"/>
        <source>第一个窗口画出后在标准输出打印从进程启动起的毫秒数并退出（测启动速度用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/gui.py" line="37"/>
        <source>打开图形界面（默认）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/gui.py" line="38"/>
        <source>最小化到托盘启动（开机自启用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="123"/>
        <source>新数据库的系统管理员登录名（默认 admin；密码取自 DEALERDESK_PASSWORD 或终端输入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="152"/>
        <source>要迁移的数据库（SQLite 文件）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="154"/>
        <source>目标数据库（空的 PostgreSQL 数据库；表由程序创建）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="155"/>
        <source>以 JSON 输出每张表的行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="159"/>
        <source>备份文件或文件夹（默认写入设置的备份文件夹，并轮换旧备份）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="160"/>
        <source>覆盖已存在的、不是 DealerDesk 备份的文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="164"/>
        <source>要恢复的备份文件（先另存当前数据库，再替换）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="167"/>
        <source>检查数据库完整性与版本（只读）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="168"/>
        <source>备份数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="169"/>
        <source>从备份恢复数据库（管理员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="170"/>
        <source>新建或升级数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/maintenance.py" line="171"/>
        <source>把数据库整体迁到另一数据库（如 PostgreSQL），逐表核对行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/parser.py" line="47"/>
        <source>DealerDesk 汽车4S店客户关系管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/parser.py" line="49"/>
        <source>数据库文件路径或 URL（也可用环境变量 DEALERDESK_DB）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/parser.py" line="50"/>
        <source>以此用户登录（也可用 DEALERDESK_USER；密码取自 DEALERDESK_PASSWORD 或终端输入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/parser.py" line="51"/>
        <source>打开演示门店（图形界面）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/parser.py" line="53"/>
        <source>自检：在临时文件夹里用演示门店检查登录、搜索、报表和预览，通过时退出码为 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/parser.py" line="55"/>
        <source>界面和命令行的语言：zh_CN（简体中文）或 en（English），默认取 DEALERDESK_LANG 或本机上次使用的语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reception.py" line="27"/>
        <source>日期 YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reception.py" line="31"/>
        <source>某一天的维修保养预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reporting.py" line="96"/>
        <source>月份 YYYY-MM：列出到这个月底为止的走访和计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reporting.py" line="97"/>
        <source>列出最近几个月的走访（含 --month 那个月，默认 3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reporting.py" line="98"/>
        <source>只打印这一家大用户（编号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reporting.py" line="99"/>
        <location filename="../../dealerdesk/cli/reporting.py" line="109"/>
        <location filename="../../dealerdesk/cli/reporting.py" line="114"/>
        <source>PDF 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reporting.py" line="103"/>
        <location filename="../../dealerdesk/cli/reporting.py" line="108"/>
        <source>月份 YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reporting.py" line="104"/>
        <source>输出一个 JSON 对象（计数为整数，比率为 0–1 的小数）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reporting.py" line="113"/>
        <source>客户编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reporting.py" line="117"/>
        <source>月度漏斗与经营指标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reporting.py" line="118"/>
        <source>打印报表（PDF）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reporting.py" line="119"/>
        <source>月度经营汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/reporting.py" line="121"/>
        <source>大用户走访跟踪表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/sales.py" line="48"/>
        <source>时间点 YYYY-MM-DDTHH:MM（默认现在）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/sales.py" line="49"/>
        <source>只看此用户（登录名）负责的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/sales.py" line="54"/>
        <source>只看此顾问（登录名）的线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/sales.py" line="55"/>
        <source>只看此客户的线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/sales.py" line="57"/>
        <source>active（默认：跟进中与战败待审批）、open、defeat_pending、defeated、cancelled、delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/sales.py" line="62"/>
        <source>到期与逾期的跟进和提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/sales.py" line="63"/>
        <source>线索列表（顾问的或某位客户的）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/store_profile.py" line="32"/>
        <source>门店名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/store_profile.py" line="33"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/store_profile.py" line="34"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/store_profile.py" line="36"/>
        <source>标志图片（PNG/JPG，存进数据库）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/store_profile.py" line="37"/>
        <source>去掉标志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/store_profile.py" line="41"/>
        <source>门店资料：显示，或修改名称、地址、电话、标志（经理、系统管理员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/transfer.py" line="95"/>
        <source>.xlsx、.xls 或 .csv 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/transfer.py" line="97"/>
        <source>列对应文件（JSON，向导里可保存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/transfer.py" line="99"/>
        <source>已有客户（手机号、车架号或车牌号相同）：更新、跳过（默认）或新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/transfer.py" line="100"/>
        <source>只检查，不写入；显示将会导入多少</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/transfer.py" line="101"/>
        <source>把不能导入的行写到此 .xlsx（含错误原因），改好后可再导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/transfer.py" line="107"/>
        <source>输出文件（.xlsx 或 .csv）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/transfer.py" line="108"/>
        <source>只导出这些客户（逗号分隔的编号）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/transfer.py" line="112"/>
        <source>从 Excel/CSV 导入客户、车辆和线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/transfer.py" line="113"/>
        <source>导出客户、线索、服务记录或提醒到 .xlsx/.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/users.py" line="66"/>
        <location filename="../../dealerdesk/cli/users.py" line="79"/>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/users.py" line="67"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/users.py" line="68"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/users.py" line="69"/>
        <source>同时是技师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/users.py" line="70"/>
        <source>电话（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/users.py" line="71"/>
        <source>部门（可不填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/users.py" line="82"/>
        <source>用户管理（系统管理员）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/users.py" line="83"/>
        <source>添加用户（密码取自 DEALERDESK_NEW_PASSWORD 或终端输入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/users.py" line="84"/>
        <source>列出用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/cli/users.py" line="85"/>
        <source>停用用户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="33"/>
        <source>主要</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="34"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="37"/>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="12"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="35"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="36"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="38"/>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="14"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/customer_records.py" line="37"/>
        <source>备用电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="59"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="45"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="60"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="110"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="113"/>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="41"/>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="56"/>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="68"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="49"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="27"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="38"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="84"/>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="18"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="61"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="62"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="46"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="63"/>
        <source>接收时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="64"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="47"/>
        <source>下次跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="65"/>
        <source>预算(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="66"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="103"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="109"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="67"/>
        <source>竞品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="68"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="73"/>
        <location filename="../../dealerdesk/ui/models/columns/audit.py" line="24"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="23"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="69"/>
        <source>线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="70"/>
        <source>级别变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="71"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="72"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="74"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="75"/>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="76"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="77"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="99"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="116"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="78"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="79"/>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="80"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="89"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="94"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="105"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="50"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="81"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="82"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="101"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="107"/>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="32"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="83"/>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="84"/>
        <source>上牌日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="85"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="96"/>
        <source>里程(公里)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="86"/>
        <source>交强险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="87"/>
        <source>商业险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="88"/>
        <source>截止日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="90"/>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="91"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="114"/>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="92"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="93"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="95"/>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="49"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="50"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="101"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="97"/>
        <source>金额(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="98"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="26"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="37"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="76"/>
        <source>服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="100"/>
        <source>购车日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="102"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="108"/>
        <source>价格(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="104"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="112"/>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="106"/>
        <source>下单时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="111"/>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="115"/>
        <source>处理期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="117"/>
        <source>调查时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="118"/>
        <source>总体满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="119"/>
        <source>复购可能性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="120"/>
        <source>推荐意愿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="121"/>
        <source>意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="122"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="49"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="87"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="99"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="123"/>
        <source>得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="124"/>
        <source>满分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="125"/>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/audit.py" line="23"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="56"/>
        <source>编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/audit.py" line="25"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/audit.py" line="26"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/audit.py" line="27"/>
        <source>对象</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/audit.py" line="29"/>
        <source>客户编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/audit.py" line="30"/>
        <source>详情</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="30"/>
        <source>品牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="31"/>
        <source>车系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="33"/>
        <source>指导价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="35"/>
        <source>燃料类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="36"/>
        <source>新能源牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="37"/>
        <source>车身</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="38"/>
        <source>年款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="39"/>
        <source>保养间隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="40"/>
        <source>本店品牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="47"/>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="60"/>
        <source>编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="48"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="51"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="65"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="88"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="100"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="50"/>
        <source>工时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="52"/>
        <source>工时单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="54"/>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="64"/>
        <source>价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="55"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="61"/>
        <source>套餐</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="62"/>
        <source>包含项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/catalogue.py" line="65"/>
        <source>定价方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="39"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="41"/>
        <source>分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="43"/>
        <source>分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="51"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="52"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="54"/>
        <source>最近活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="24"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="36"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="75"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="98"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="25"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="35"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="74"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="85"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="97"/>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="29"/>
        <source>预约项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="30"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="34"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="73"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="86"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="96"/>
        <source>工单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="40"/>
        <source>接车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="41"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="102"/>
        <source>承诺完工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="42"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="58"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="77"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="83"/>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="16"/>
        <source>技师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="43"/>
        <source>待答复增项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="44"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="52"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="53"/>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="54"/>
        <source>报价金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="55"/>
        <source>增项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="56"/>
        <source>客户意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="59"/>
        <source>施工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="66"/>
        <source>报价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="67"/>
        <source>实际</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="68"/>
        <source>差额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="78"/>
        <source>交车时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="79"/>
        <source>实收</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="89"/>
        <source>开工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="90"/>
        <source>完工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="91"/>
        <source>标准工时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="11"/>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="13"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="15"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="21"/>
        <source>创建时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/lazy_table.py" line="154"/>
        <source>此列不能排序</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>complaint</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/complaint.py" line="28"/>
        <source>受理投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/complaint.py" line="40"/>
        <source>客户原话与诉求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/complaint.py" line="42"/>
        <source>（本人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/complaint.py" line="48"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/complaint.py" line="48"/>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/complaint.py" line="49"/>
        <source>受理渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/complaint.py" line="49"/>
        <source>投诉类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/complaint.py" line="50"/>
        <source>投诉内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/complaint.py" line="50"/>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_picker.py" line="32"/>
        <source>姓名、电话、车牌，回车查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_picker.py" line="78"/>
        <source>请先查找并选择客户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>complaint_categories</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="253"/>
        <source>维修质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="254"/>
        <source>服务态度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="255"/>
        <source>价格收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="256"/>
        <source>等待时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="257"/>
        <source>产品质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="258"/>
        <source>销售过程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="259"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>complaint_status</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="246"/>
        <source>待处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="247"/>
        <source>处理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="248"/>
        <source>已解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="249"/>
        <source>已关闭</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>complaints</name>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="83"/>
        <source>首次响应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="83"/>
        <source>处理完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="94"/>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="95"/>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="116"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="96"/>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="97"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="98"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="99"/>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="58"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="100"/>
        <source>（已升级）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="101"/>
        <source>时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="102"/>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="103"/>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="119"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="115"/>
        <source>调查时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="117"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="118"/>
        <source>总体满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="119"/>
        <source>产品质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="120"/>
        <source>服务态度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="121"/>
        <source>售后服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="122"/>
        <source>复购可能性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="123"/>
        <source>推荐意愿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="124"/>
        <source>意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="33"/>
        <source>开始处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="34"/>
        <source>已解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="35"/>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="125"/>
        <source>关闭投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="41"/>
        <source>未结（待处理/处理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="42"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="49"/>
        <source>受理投诉(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="55"/>
        <source>重新处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="67"/>
        <source>没有未结的投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="68"/>
        <source>这里列出客户投诉：类别、处理人、处理期限和进展，超期未结的标红。客户来电或到店投诉时在这里受理。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="69"/>
        <source>受理投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="120"/>
        <source>如何解决的、客户是否认可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="125"/>
        <source>确认客户已认可处理结果并关闭此投诉？关闭后不能再修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="137"/>
        <source>新增调查(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="144"/>
        <source>还没有满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="145"/>
        <source>这里列出交车和维修后的满意度回访：总体评价、复购和推荐意愿。回访后在这里登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="146"/>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="196"/>
        <source>新增调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="173"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="174"/>
        <source>满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="197"/>
        <source>新投诉</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>customer_actions</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="74"/>
        <source>电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="75"/>
        <source>类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="75"/>
        <source>分级：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="76"/>
        <source>销售顾问：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="77"/>
        <source>城市：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="78"/>
        <source>车辆：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="79"/>
        <source>客户档案</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>customer_kinds</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="216"/>
        <source>个人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="217"/>
        <source>大客户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>deal</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="660"/>
        <source>无需审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="660"/>
        <source>待经理审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="661"/>
        <source>已批准</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="661"/>
        <source>已驳回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="664"/>
        <source>无定金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="664"/>
        <source>已收未转</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="664"/>
        <source>已转车款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="665"/>
        <source>已退还</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="668"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="668"/>
        <source>审批中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="668"/>
        <source>已批贷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="668"/>
        <source>被拒贷</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>defeat</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="103"/>
        <source>价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="104"/>
        <source>产品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="105"/>
        <source>品牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="106"/>
        <source>服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="107"/>
        <source>金融/贷款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="108"/>
        <source>已购他店/竞品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="109"/>
        <source>放弃购买</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="110"/>
        <source>无法联系</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>delivery</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="525"/>
        <source>PDI 检查已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="526"/>
        <source>购车发票</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="527"/>
        <source>车辆合格证</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="528"/>
        <source>保险单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="529"/>
        <source>用户手册</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="530"/>
        <source>保修卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="531"/>
        <source>车钥匙</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="532"/>
        <source>精品附件已安装</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="533"/>
        <source>车辆功能已讲解</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="534"/>
        <source>交车合影</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="535"/>
        <source>满意度已询问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="44"/>
        <source>交车 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="58"/>
        <source>确认交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="58"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="59"/>
        <source>打印交车确认单…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="61"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="99"/>
        <source>车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="110"/>
        <source> 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="111"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="112"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="113"/>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="114"/>
        <source>交车时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="115"/>
        <source>上牌日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="116"/>
        <source>交车里程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="121"/>
        <source>交车确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="132"/>
        <source> 把</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="133"/>
        <source>钥匙数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="141"/>
        <source>全部勾选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="143"/>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="192"/>
        <source>未完成原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="145"/>
        <source>如：手册缺货，下周寄送</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="158"/>
        <source>随车投保（在本店购买保险时勾选）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="163"/>
        <source>如：人保财险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="169"/>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="171"/>
        <source>如：车损险、三者险 200 万</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="173"/>
        <source>不填为交车当天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="174"/>
        <source>保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="175"/>
        <source>交强险保费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="176"/>
        <source>商业险保费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="177"/>
        <source>商业险险种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="178"/>
        <source>起保日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="192"/>
        <source>未完成原因（必填）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="236"/>
        <source>交车完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="236"/>
        <source>已登记车辆并转为基盘客户。交车回访应在 {due} 前完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="254"/>
        <source>保存交车确认单 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/delivery.py" line="258"/>
        <source>交车确认单-{name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../dealerdesk/atomic.py" line="29"/>
        <source>磁盘空间不足，没有写入 {path}：请清理磁盘或换一个保存位置后重试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/atomic.py" line="31"/>
        <source>文件夹不存在：{path}。请先建立该文件夹，或选择一个已有的位置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/campaigns.py" line="65"/>
        <source>请填写消息内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/campaigns.py" line="67"/>
        <source>消息内容不能超过 {n} 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/campaigns.py" line="70"/>
        <source>消息里的 {{{name}}} 不是可用的字段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/campaigns.py" line="119"/>
        <source>请至少选择一位外呼人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/campaigns.py" line="131"/>
        <source>未知的分配方式 {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="82"/>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="556"/>
        <source>“中”档的起点不能高于“高”档的起点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="149"/>
        <source>未知的选项 {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="148"/>
        <source>金额必须在 0 到 99999999 元之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="154"/>
        <source>请填写指导价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="159"/>
        <source>优惠不能大于等于指导价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="161"/>
        <location filename="../../dealerdesk/services/reception/settlement.py" line="71"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="88"/>
        <source>请选择付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="163"/>
        <source>定金状态无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="166"/>
        <source>贷款或租赁请选择金融机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="168"/>
        <source>贷款期限应在 1 到 120 个月之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="170"/>
        <source>首付不能高于成交价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="172"/>
        <source>贷款审批状态无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="175"/>
        <source>请填写置换车的车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="177"/>
        <source>请填写置换车的估价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="179"/>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="114"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="146"/>
        <location filename="../../dealerdesk/services/reception/intake.py" line="145"/>
        <source>里程不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="181"/>
        <source>在店投保请选择保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="183"/>
        <source>延保年限应在 0 到 10 年之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="185"/>
        <source>精品/装潢最多 {n} 行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/deals.py" line="188"/>
        <source>每一行精品/装潢都要写名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/delivery_checklist.py" line="52"/>
        <source>未知的交车项目 {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/delivery_checklist.py" line="55"/>
        <source>钥匙已交付时请填写钥匙数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/delivery_checklist.py" line="57"/>
        <source>钥匙数量不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/delivery_checklist.py" line="61"/>
        <source>交车项目未全部完成（{items}），请填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/delivery_checklist.py" line="71"/>
        <location filename="../../dealerdesk/domain/vehicle_facts.py" line="84"/>
        <location filename="../../dealerdesk/services/aftersales/insurance.py" line="75"/>
        <source>保费应为数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/delivery_checklist.py" line="73"/>
        <location filename="../../dealerdesk/domain/vehicle_facts.py" line="86"/>
        <source>保费不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/delivery_checklist.py" line="81"/>
        <location filename="../../dealerdesk/domain/vehicle_facts.py" line="80"/>
        <source>请填写保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/delivery_checklist.py" line="83"/>
        <source>请填写交强险或商业险保费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/import_words.py" line="43"/>
        <source>客户级别“{value}”不认识（可填 H、A、B、C、N、O、D、T 或 基盘、成交、战败…）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/import_words.py" line="76"/>
        <source>金额应为数字，例如 198000 或 19.8万（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="57"/>
        <source>月份格式应为 YYYY-MM：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="60"/>
        <source>设置项 {key} 的值 {value} 无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="205"/>
        <source>新线索的级别只能是 N、C、B、A 或 H，不能是 {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="215"/>
        <source>已退订的线索不能再改级别，请为客户新建一条线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="218"/>
        <source>已交车的线索不能再改级别，再次购车请新建线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="220"/>
        <source>线索级别不能从 {old} 改为 {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="232"/>
        <source>请选择战败原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="234"/>
        <source>已购他店/竞品时请填写所购品牌或车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/lunar.py" line="19"/>
        <source>农历 {year} 年 {leap}{month} 月 {day} 日不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/lunar.py" line="21"/>
        <source>闰</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/lunar.py" line="54"/>
        <source>农历生日 {month} 月 {day} 日无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/lunar.py" line="90"/>
        <source>生日 {month} 月 {day} 日无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/parse.py" line="27"/>
        <source>日期看不懂：{value}（可写成 2024-01-05、2024/1/5、2024年1月5日 或 20240105）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/parse.py" line="28"/>
        <source>日期不存在：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/parse.py" line="29"/>
        <source>性别只能填 男/女（或 M/F）：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/parse.py" line="30"/>
        <source>客户级别应为 H、A、B、C、N、O、D、T 之一：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="114"/>
        <source>数据库为只读，不能{action}：数据库文件或所在的磁盘不允许写入。可以查询和打印；要修改请把数据库复制到本机可写的文件夹，或请管理员改为可写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="118"/>
        <source>{role}不能{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="119"/>
        <source>用户 {who} 已停用，不能再操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="120"/>
        <source>客户 {name} 不是您负责的，{role}只能{action}自己的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="121"/>
        <source>这条线索由 {owner} 负责，{role}不能{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="122"/>
        <source>客户的负责销售只能由经理通过“重新分配线索”更换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/phones.py" line="59"/>
        <source>{prefix} 号段没有分配给手机（或只用于物联网卡、上网卡），请核对号码 {phone} 是否输错；确认无误仍可保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/phones.py" line="69"/>
        <source>区号 {area} 的座机号码位数或开头不对（{phone}），请核对；确认无误仍可保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/phones.py" line="71"/>
        <source>没有 {area} 这个区号（{phone}），请核对；确认无误仍可保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reception.py" line="106"/>
        <source>{day} 门店休息（{why}），请另选一天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reception.py" line="119"/>
        <source>{at} 不在车间营业时间内（{open}–{close}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reception.py" line="144"/>
        <source>金额 {value} 无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reception.py" line="184"/>
        <source>优惠金额 {discount} 应在 0 到 {total} 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reminders.py" line="197"/>
        <location filename="../../dealerdesk/domain/vehicle_facts.py" line="78"/>
        <source>未知的保险类型 {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reminders.py" line="237"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="141"/>
        <source>未知的车辆用途 {use}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reminders.py" line="280"/>
        <source>未知的回访类型 {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="433"/>
        <source>“{label}”应为 {low} 到 {high} 之间的整数，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="448"/>
        <source>“{label}”应为 00:00 到 23:59 之间的时间，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="452"/>
        <source>“{label}”只能是“是”或“否”，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="456"/>
        <source>“{label}”应为不超过 {n} 个字的一行文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="460"/>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="467"/>
        <source>“{label}”没有 {value} 这个选项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="464"/>
        <source>“{label}”应为不重复的选项列表，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="471"/>
        <source>“{label}”应为用顿号分隔的整数，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="474"/>
        <source>“{label}”至少要填一个数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="478"/>
        <source>“{label}”应为两个天数：建议天数和逾期天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="481"/>
        <source>“{label}”：建议天数 {low} 不能大于逾期天数 {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="486"/>
        <source>“{label}”应为每一项各自的分数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="497"/>
        <source>“{label}”应为周一到周日每天的营业时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="505"/>
        <source>“{label}”的钟点应写成 08:30，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="508"/>
        <source>“{label}”：关门时间 {end} 必须晚于开门时间 {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="516"/>
        <source>“{label}”应为不超过 {n} 项的日期列表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="525"/>
        <source>“{label}”里的 {value} 不是日期（应写成 2027-02-05 或 2027-02-05/2027-02-11）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="529"/>
        <source>“{label}”里的 {value} 不是 {n} 天以内、从早到晚的日期范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="536"/>
        <source>未知的设置项 {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="560"/>
        <source>会员等级门槛应从普通到钻石逐级升高</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="568"/>
        <source>“车间下班时间”必须晚于“车间上班时间”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/text.py" line="47"/>
        <source>{label}太长：最多 {max} 个字，输入了 {n} 个。请删减后再保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/text.py" line="48"/>
        <source>{label}不能是“{value}”：可选的有 {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/text.py" line="49"/>
        <source>电话太多：一位客户最多 {max} 个电话，输入了 {n} 个。其余号码请写在备注里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/text.py" line="51"/>
        <source>找不到{label} {value}：编号应为 1 到 {max} 之间的整数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="90"/>
        <source>请输入电话号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="91"/>
        <source>电话号码只能包含数字，不能有字母或其他符号“{char}”（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="92"/>
        <source>不支持分机号：请只填总机号码，分机号写在备注里（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="93"/>
        <source>只支持中国大陆号码（+86）（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="94"/>
        <source>手机号应为11位数字，以1开头：少了{missing}位（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="95"/>
        <source>手机号应为11位数字，以1开头：多了{extra}位（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="96"/>
        <source>手机号第二位应为3–9，不能是{digit}（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="97"/>
        <source>手机号应为11位数字，以1开头；座机请加区号，如 010-62345678（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="98"/>
        <source>座机区号“{area}”不对：区号为 010、02X 或 0 加三位数字（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="99"/>
        <source>座机号码（区号后面）应为7–8位数字，输入了{n}位（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="100"/>
        <source>座机号码（区号后面）不能以0开头，区号是否写了两遍？（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="101"/>
        <source>座机号码请加区号，如 010-62345678（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="200"/>
        <source>请输入车架号（VIN）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="201"/>
        <source>车架号只能包含字母和数字：第{pos}位是“{char}”（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="202"/>
        <source>车架号应为17位，输入了{n}位（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="203"/>
        <source>车架号不使用字母 I、O、Q：第{pos}位是“{char}”，可能应为数字 1 或 0（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="266"/>
        <source>请输入车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="267"/>
        <source>车牌第一个字应为省份简称，如 粤、京、沪，不能是“{char}”（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="268"/>
        <source>车牌第二位应为字母（不含 I、O），不能是“{char}”（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="269"/>
        <source>车牌号应为7位（新能源车8位），输入了{n}位（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="270"/>
        <source>车牌号码不使用字母 I、O：第{pos}位是“{char}”，可能应为数字 1 或 0（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="272"/>
        <source>车牌第{pos}位“{char}”不对：号码部分只能是字母或数字（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="273"/>
        <source>新能源车牌（8位）的号码部分应以 D 或 F 开头（小型车，后四位为数字），或前五位为数字、最后一位是 D 或 F（大型车）（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="277"/>
        <source>使馆车牌应为“使”加6位数字（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="339"/>
        <source>请输入姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="340"/>
        <source>姓名太长：最多{max}个字，输入了{n}个</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="341"/>
        <source>姓名不能只有数字（输入的是 {value}），电话号码请填在电话栏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="342"/>
        <source>姓名应包含文字（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="372"/>
        <source>请输入电子邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="373"/>
        <source>电子邮箱应包含一个 @，如 name@example.com（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="374"/>
        <source>电子邮箱 @ 前面的部分不对（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/validate.py" line="375"/>
        <source>电子邮箱 @ 后面应为域名，如 qq.com、163.com（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/vehicle_facts.py" line="75"/>
        <source>未知的续保结果 {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="25"/>
        <source>登录名或密码不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="65"/>
        <source>部门最多 40 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="95"/>
        <location filename="../../dealerdesk/services/accounts.py" line="126"/>
        <source>登录失败次数过多，请 {seconds} 秒后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="106"/>
        <location filename="../../dealerdesk/services/accounts.py" line="131"/>
        <source>用户 {login} 已停用，请联系系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="161"/>
        <source>此数据库已有系统管理员，请用管理员账号登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="178"/>
        <source>请填写登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="180"/>
        <source>登录名最多 40 个字符，且不能有空格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="186"/>
        <source>未知的角色：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="193"/>
        <source>请填写姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="195"/>
        <source>姓名最多 40 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="202"/>
        <location filename="../../dealerdesk/services/accounts.py" line="336"/>
        <location filename="../../dealerdesk/services/auth.py" line="194"/>
        <location filename="../../dealerdesk/services/sales/due.py" line="52"/>
        <location filename="../../dealerdesk/services/targets/confirmation.py" line="55"/>
        <location filename="../../dealerdesk/services/targets/month.py" line="149"/>
        <source>没有用户 {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="210"/>
        <source>{login} 是唯一的系统管理员，不能停用或改为其他角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="226"/>
        <source>登录名 {login} 已被使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="247"/>
        <source>不能停用自己的账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="332"/>
        <source>请先登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="339"/>
        <source>当前密码不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="342"/>
        <source>新密码不能与当前密码相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="99"/>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="189"/>
        <source>找不到投诉 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="152"/>
        <source>请填写投诉内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="154"/>
        <source>受理时间不能晚于现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="156"/>
        <source>未知的受理渠道 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="158"/>
        <source>未知的投诉类别 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="163"/>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="94"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="150"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="262"/>
        <location filename="../../dealerdesk/services/auth.py" line="148"/>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="91"/>
        <location filename="../../dealerdesk/services/customers/merge.py" line="103"/>
        <location filename="../../dealerdesk/services/customers/privacy.py" line="115"/>
        <location filename="../../dealerdesk/services/customers/records.py" line="206"/>
        <location filename="../../dealerdesk/services/key_accounts/accounts.py" line="113"/>
        <location filename="../../dealerdesk/services/reception/intake.py" line="162"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="174"/>
        <source>找不到客户 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="166"/>
        <location filename="../../dealerdesk/services/customers/history.py" line="69"/>
        <source>所选负责人不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="192"/>
        <source>投诉状态不能从“{old}”改为“{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="204"/>
        <source>请填写处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/insurance.py" line="93"/>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="121"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="279"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="388"/>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="135"/>
        <source>找不到车辆 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/insurance.py" line="96"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="231"/>
        <source>车辆 {plate} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/insurance.py" line="104"/>
        <source>新的到期日不能早于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="327"/>
        <source>未知的范围 {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="355"/>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="364"/>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="127"/>
        <source>找不到提醒 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="366"/>
        <source>该提醒已处理（{status}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="396"/>
        <source>稍后提醒的时间应晚于现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="75"/>
        <source>金额格式不对：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="77"/>
        <source>金额不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="110"/>
        <location filename="../../dealerdesk/services/reception/intake.py" line="149"/>
        <source>未知的服务类型 {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="112"/>
        <source>服务日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="117"/>
        <source>所选服务顾问不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="125"/>
        <location filename="../../dealerdesk/services/reception/intake.py" line="174"/>
        <source>里程 {km} 公里低于上次记录的 {last_km} 公里（{last_on}），确认仪表已更换或读数无误吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="69"/>
        <source>请选择{label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="97"/>
        <source>找不到服务记录 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="99"/>
        <location filename="../../dealerdesk/services/sales/delivery.py" line="216"/>
        <source>找不到交车记录 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="139"/>
        <source>请至少填写车牌号或车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="143"/>
        <source>未知的能源类型 {energy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="148"/>
        <source>座位数应在1到60之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="152"/>
        <location filename="../../dealerdesk/services/sales/deals.py" line="235"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="90"/>
        <source>所选车型不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="157"/>
        <source>{what}不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="182"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="132"/>
        <source>车架号 {vin} 已登记在另一辆车上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="260"/>
        <source>新车主与原车主相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/winback.py" line="56"/>
        <source>月数应至少为1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/backup.py" line="80"/>
        <source>备份文件夹 {folder} 不存在（U 盘没插上或网络盘没连上？），没有备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/backup.py" line="111"/>
        <source>{path} 就是当前数据库，不能备份到它自己</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/backup.py" line="114"/>
        <source>{path} 已存在，而且不是 DealerDesk 备份（可能是数据库），没有覆盖；确实要覆盖请加 --force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/backup.py" line="188"/>
        <source>{path} 就是当前数据库，不能用它恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/backup.py" line="199"/>
        <source>恢复后的数据库校验失败，已还原为恢复前的状态（{path}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="109"/>
        <source>请填写批次名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="111"/>
        <source>未知的发送方式 {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="113"/>
        <source>未知的批次类型 {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="121"/>
        <source>请选择客户分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="126"/>
        <source>这个问候批次已经生成过了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="156"/>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="188"/>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="223"/>
        <source>找不到群发批次 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="180"/>
        <source>您看到的电话号码是打码的，不能导出群发文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="185"/>
        <source>群发文件请保存为 .xlsx 或 .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/batches.py" line="225"/>
        <source>已导出的群发批次不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/call_lists.py" line="116"/>
        <source>请填写名单名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/call_lists.py" line="121"/>
        <source>外呼人员应是在职的销售、前台、服务顾问或经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/call_lists.py" line="177"/>
        <location filename="../../dealerdesk/services/campaigns/call_lists.py" line="257"/>
        <source>找不到外呼名单 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/call_lists.py" line="228"/>
        <source>请选择通话结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/call_lists.py" line="233"/>
        <source>找不到外呼记录 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/call_lists.py" line="235"/>
        <source>这通电话分配给了别人，只有本人或经理可以登记</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/segments.py" line="55"/>
        <location filename="../../dealerdesk/services/campaigns/segments.py" line="79"/>
        <location filename="../../dealerdesk/services/campaigns/segments.py" line="91"/>
        <source>找不到客户分组 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/segments.py" line="65"/>
        <source>请填写分组名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/campaigns/segments.py" line="72"/>
        <source>已有名为“{name}”的客户分组</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="100"/>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="218"/>
        <source>请填写编码和名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="102"/>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="220"/>
        <source>编码最多 20 个字符，名称最多 60 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="104"/>
        <location filename="../../dealerdesk/services/reception/lines.py" line="47"/>
        <source>未知的项目类型 {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="107"/>
        <source>工时和单价不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="113"/>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="233"/>
        <location filename="../../dealerdesk/services/customers/history.py" line="116"/>
        <source>价格不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="139"/>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="236"/>
        <source>编码 {code} 已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="143"/>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="152"/>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="229"/>
        <location filename="../../dealerdesk/services/reception/dispatch.py" line="96"/>
        <location filename="../../dealerdesk/services/reception/lines.py" line="43"/>
        <location filename="../../dealerdesk/services/reception/lines.py" line="81"/>
        <location filename="../../dealerdesk/services/reception/lines.py" line="235"/>
        <source>找不到项目 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="198"/>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="241"/>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="251"/>
        <source>找不到套餐 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="222"/>
        <source>套餐至少要有一个项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/items.py" line="227"/>
        <source>数量必须大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/models.py" line="89"/>
        <location filename="../../dealerdesk/services/catalogue/models.py" line="138"/>
        <location filename="../../dealerdesk/services/catalogue/models.py" line="158"/>
        <source>找不到车型 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/models.py" line="96"/>
        <source>请填写车型名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/models.py" line="98"/>
        <source>车型名称最多 60 个字符，品牌和车系最多 40 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/models.py" line="101"/>
        <source>未知的燃料类型 {fuel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/models.py" line="103"/>
        <source>未知的车身类型 {body}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/models.py" line="105"/>
        <source>未知的年检规则 {rule}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/models.py" line="114"/>
        <source>{value} 不是有效的数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/models.py" line="131"/>
        <source>车型 {name} 已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/sheet.py" line="57"/>
        <source>认不出这张表：车型表需要“车型”和“品牌/车系/燃料类型”等列，维修项目表需要“名称”和“项目编码/工时/单价/配件”等列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/sheet.py" line="118"/>
        <location filename="../../dealerdesk/services/catalogue/sheet.py" line="121"/>
        <source>{what}“{value}”不是数字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/sheet.py" line="131"/>
        <source>燃料类型“{value}”不认识（汽油、油电混动、插电混动、纯电动）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/sheet.py" line="164"/>
        <source>请填写项目编码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/catalogue/sheet.py" line="191"/>
        <source>套餐里的项目“{item}”不在价目表中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/connection.py" line="33"/>
        <source>请填写{what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/connection.py" line="36"/>
        <source>端口应在 1 到 65535 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/connection.py" line="61"/>
        <source>请填写数据库文件或服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/connection.py" line="77"/>
        <source>文件夹不存在：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/contacts.py" line="56"/>
        <location filename="../../dealerdesk/services/customers/history.py" line="45"/>
        <source>内容太长（最多 {limit} 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/contacts.py" line="93"/>
        <location filename="../../dealerdesk/services/customers/contacts.py" line="112"/>
        <source>找不到联系人 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/history.py" line="60"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="286"/>
        <source>请选择联系方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/history.py" line="64"/>
        <source>请填写联系内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/history.py" line="66"/>
        <source>下次联系日期不能早于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/history.py" line="112"/>
        <source>请填写车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/history.py" line="114"/>
        <source>购车日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/history.py" line="118"/>
        <source>未知的购车渠道：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/history.py" line="121"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="180"/>
        <source>未知的付款方式：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/listing.py" line="169"/>
        <source>生日月份应为 1 到 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/listing.py" line="175"/>
        <source>未知的到期类型 {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/listing.py" line="283"/>
        <source>不能按 {key} 排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="164"/>
        <source>不能把客户与自己合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="167"/>
        <source>未知的合并字段：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="169"/>
        <source>字段 {value} 只能取两位客户之一的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="174"/>
        <source>客户 {name} 已被合并过，不能再合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="247"/>
        <source>找不到合并记录 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="250"/>
        <source>合并记录 {id} 已撤销过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="257"/>
        <source>合并后客户 {name} 又被修改过，无法自动撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/privacy.py" line="215"/>
        <source>客户 {id} 的个人信息已于 {at} 删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/privacy.py" line="218"/>
        <source>输入的姓名与客户姓名不一致，未删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="75"/>
        <source>生日不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="80"/>
        <source>农历生日应为1–12月、1–30日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="83"/>
        <source>邮箱格式不对：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="86"/>
        <source>所选{label}不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="88"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="186"/>
        <source>所选销售顾问不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="90"/>
        <source>所选介绍人不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="137"/>
        <source>客户不能是自己的介绍人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="140"/>
        <source>客户 {name} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/_common.py" line="15"/>
        <source>活动 #{id} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/_common.py" line="16"/>
        <source>活动“{name}”已取消，不能再邀请、登记回复或签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/attendance.py" line="84"/>
        <source>客户 #{id} 不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/invitations.py" line="64"/>
        <source>请先选择要邀请的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/invitations.py" line="66"/>
        <location filename="../../dealerdesk/services/events/invitations.py" line="98"/>
        <location filename="../../dealerdesk/services/events/invitations.py" line="113"/>
        <source>一次最多邀请 {max} 位客户，所选有 {n} 位；请缩小筛选范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/invitations.py" line="102"/>
        <source>筛选条件下没有客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/invitations.py" line="116"/>
        <source>这个客户分组里没有客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/invitations.py" line="126"/>
        <source>筛选出的 {n} 位客户都没有同意接收联系，不能邀请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/invitations.py" line="142"/>
        <location filename="../../dealerdesk/services/events/invitations.py" line="157"/>
        <source>这位客户没有被邀请参加此活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/invitations.py" line="151"/>
        <source>未知的回复：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/records.py" line="55"/>
        <source>请填写活动名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/records.py" line="57"/>
        <source>活动名称太长：最多 {max} 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/records.py" line="60"/>
        <source>未知的活动类型：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/records.py" line="63"/>
        <source>请填写活动的日期和时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/records.py" line="67"/>
        <source>活动地点太长：最多 {max} 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/records.py" line="70"/>
        <source>目标客户说明太长：最多 {max} 个字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/events/records.py" line="107"/>
        <source>活动“{name}”已经取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="29"/>
        <source>磁盘已满：这次操作没有保存（数据库保持操作前的状态）。请清理磁盘空间（删除旧文件或旧备份）后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="31"/>
        <source>数据库为只读，不能修改：数据库文件或所在的磁盘（光盘、写保护的 U 盘、只读的文件夹）不允许写入。可以查询和打印；要修改请把数据库复制到本机可写的文件夹，或请管理员改为可写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="34"/>
        <source>数据库文件已损坏（{reason}）。为免弄错数据，程序不再读写它。请用最近的备份恢复：dealerdesk restore 备份文件（程序里：文件 → 从备份恢复），并把损坏的文件留给技术支持。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="37"/>
        <source>读写磁盘出错（{reason}）：请检查存放数据库的磁盘或 U 盘是否还连着、是否正常，然后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="39"/>
        <source>无法打开数据库文件：文件夹不存在、没有权限，或它是文件夹而不是文件。请检查 --db 给出的路径。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="41"/>
        <source>数字太大：超出了能保存的范围（最大 9223372036854775807）。请检查输入的编号或数字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="43"/>
        <source>日期超出范围：请用 1900 年到 9998 年之间的日期（例如 2026-12 或 2026-12-31）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="45"/>
        <source>输入的内容太长或太复杂，数据库无法处理：请缩短后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="46"/>
        <source>内存不足：这次要处理的数据太多。请关闭其他程序，或分批处理后再试。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="47"/>
        <source>找不到文件：{path}。请检查文件名和所在的文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="48"/>
        <source>{path} 是文件夹，不是文件：请给出文件名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="49"/>
        <source>路径不对：{path} 中间有一部分是文件而不是文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="50"/>
        <source>没有权限访问 {path}：请换一个文件夹，或请管理员开放权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="51"/>
        <source>{path} 所在的磁盘是只读的：请换一个可写的位置保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="52"/>
        <source>文件名中有不能用的字符（控制字符）：请重新输入文件名。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="53"/>
        <source>文件名或路径太长：{path}。请用短一些的名字。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="54"/>
        <source>与数据库服务器的连接断开了（{reason}）：请检查网络和服务器，然后再试；这次操作没有保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="56"/>
        <source>数据库服务器拒绝了这次操作（没有权限）：请管理员检查数据库账号的权限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="58"/>
        <location filename="../../dealerdesk/store/db.py" line="60"/>
        <source>数据库正忙：另一个程序或另一台电脑正在写入（例如导入），请稍后再试。您填写的内容没有丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/failures.py" line="60"/>
        <source>意外错误（{kind}）：操作没有完成。这是程序的缺陷，详细信息已写入日志 {log}，请把该文件发给技术支持。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/accounts.py" line="91"/>
        <source>这个大用户不是您负责的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/accounts.py" line="97"/>
        <location filename="../../dealerdesk/services/key_accounts/accounts.py" line="241"/>
        <source>找不到大用户 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/accounts.py" line="107"/>
        <source>请选择大用户等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/accounts.py" line="109"/>
        <source>目标台数不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/accounts.py" line="115"/>
        <source>只有单位客户（大客户）才能设为大用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/accounts.py" line="118"/>
        <source>请选择客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/visits.py" line="44"/>
        <source>走访日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/visits.py" line="46"/>
        <source>请填写走访事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/visits.py" line="48"/>
        <source>下次走访日期应晚于本次走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/visits.py" line="57"/>
        <source>请选择这个单位的联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/visits.py" line="60"/>
        <source>请填写见到的联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/visits.py" line="88"/>
        <source>走访改期不能早于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/key_accounts/visits.py" line="92"/>
        <source>找不到待走访的计划 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/loyalty/points.py" line="136"/>
        <source>抵扣的积分应大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/loyalty/points.py" line="139"/>
        <source>积分不足：可用 {have} 分，要抵扣 {points} 分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/loyalty/points.py" line="154"/>
        <source>积分来源无效：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/loyalty/points.py" line="156"/>
        <source>积分应大于 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/loyalty/points.py" line="178"/>
        <source>会员等级无效：{tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/loyalty/points.py" line="289"/>
        <source>积分抵扣 {yuan} 元，超过应付金额 {payable} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/passwords.py" line="39"/>
        <source>密码至少需要 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/_common.py" line="27"/>
        <source>请选择服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/_common.py" line="34"/>
        <location filename="../../dealerdesk/services/reception/orders.py" line="150"/>
        <source>找不到工单 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/_common.py" line="36"/>
        <source>工单 {number} 已交车结算，不能再改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="92"/>
        <source>{at} 这个时段已约满（每时段 {capacity} 位），请换一个时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="121"/>
        <source>预约时间不能早于现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="133"/>
        <source>请选择客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="156"/>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="237"/>
        <source>找不到预约 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="158"/>
        <source>这个预约已是“{status}”状态，不能再改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="208"/>
        <source>预约时间 {at} 还没到，不能记为未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/dispatch.py" line="103"/>
        <source>这个项目还没派工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/dispatch.py" line="115"/>
        <source>客户同意后才能派工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/dispatch.py" line="118"/>
        <source>请选择技师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/dispatch.py" line="121"/>
        <source>技师已开工，不能改派</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/dispatch.py" line="140"/>
        <source>技师已开工，不能取消派工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/dispatch.py" line="156"/>
        <source>这个项目已经开工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/dispatch.py" line="173"/>
        <source>这个项目还没开工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/dispatch.py" line="175"/>
        <source>这个项目已经完工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/dispatch.py" line="177"/>
        <source>完工时间不能早于开工时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="106"/>
        <source>请填写车主姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="108"/>
        <source>请填写车主电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="114"/>
        <source>可能已登记：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="121"/>
        <source>车牌 {plate} 已登记，请直接查找这辆车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="124"/>
        <source>请选择车主或填写新车主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="147"/>
        <source>油量应在 0 到 100% 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="157"/>
        <source>请选择车辆或填写新车的车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="160"/>
        <source>请选择送修客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="169"/>
        <source>这个预约不能接车（不存在或已处理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="49"/>
        <location filename="../../dealerdesk/services/reception/lines.py" line="111"/>
        <source>请填写项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="53"/>
        <location filename="../../dealerdesk/services/reception/lines.py" line="105"/>
        <source>数量须大于 0，单价不能为负</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="70"/>
        <location filename="../../dealerdesk/services/reception/lines.py" line="133"/>
        <source>报价已确认，新项目请作为增项报价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="84"/>
        <source>客户已确认的项目不能修改或删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="131"/>
        <source>客户已答复这个增项，不能再恢复删除的行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="148"/>
        <source>预计完工时间不能早于接车时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="160"/>
        <source>请填写确认报价的人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="164"/>
        <source>报价已确认过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="167"/>
        <source>报价里还没有项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="169"/>
        <source>请填写预计完工时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="187"/>
        <source>请填写增项内容和至少一行配件或工时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="191"/>
        <source>报价还没确认，直接加入报价即可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="208"/>
        <source>请选择客户答复的方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="210"/>
        <source>请填写答复的人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="218"/>
        <source>没有待确认的增项 {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/lines.py" line="231"/>
        <source>数量和单价不能为负</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/settlement.py" line="76"/>
        <source>车辆还没完工待交车，不能结算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/settlement.py" line="80"/>
        <source>有优惠时请填写优惠原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/workflow.py" line="25"/>
        <source>客户还没确认报价，不能开工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/workflow.py" line="28"/>
        <source>还有增项等客户答复，不能交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/workflow.py" line="30"/>
        <source>从“{old}”改为“{new}”不是正常的下一步，请填写原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/workflow.py" line="50"/>
        <source>不能手动改为这个状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/recovery.py" line="96"/>
        <source>恢复后的数据库校验失败；损坏的数据库另存为 {path}，请联系技术支持</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/_common.py" line="78"/>
        <source>未知的线索级别：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/_common.py" line="85"/>
        <location filename="../../dealerdesk/services/sales/_common.py" line="186"/>
        <source>找不到线索 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/_common.py" line="97"/>
        <source>线索已结束（{status}），不能再操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/deals.py" line="110"/>
        <source>找不到订单 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/deals.py" line="203"/>
        <source>车架号 {vin} 登记在另一位客户名下</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/deals.py" line="243"/>
        <source>订单已退订，不能再修改订车单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/deals.py" line="315"/>
        <source>这张订单没有待审批的优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/deals.py" line="339"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="247"/>
        <source>驳回时请写明原因，顾问会看到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/delivery.py" line="191"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="77"/>
        <source>这条线索没有未交车的订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/due.py" line="49"/>
        <source>销售顾问只能查看自己的跟进清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="176"/>
        <source>所选意向车型不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="178"/>
        <source>预算不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="183"/>
        <source>未知的来源渠道：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="236"/>
        <source>线索 {id} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="255"/>
        <source>请填写调整级别的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="258"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="306"/>
        <source>下单、交车、退订请使用对应的操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="290"/>
        <source>请填写跟进内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="292"/>
        <source>下次跟进日期不能早于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="329"/>
        <location filename="../../dealerdesk/services/sales/worklist.py" line="223"/>
        <source>暂缓时间应晚于现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="333"/>
        <source>找不到待办的跟进 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="86"/>
        <source>请填写成交价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="120"/>
        <source>交车时间不能晚于现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="122"/>
        <source>车辆用途、能源或座位数无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="129"/>
        <source>只有已订车（O 级）的线索才能交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="172"/>
        <source>请填写退订原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="207"/>
        <source>只有跟进中的 N/C/B/A/H 线索可以申请战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="225"/>
        <source>这条线索没有待审批的战败申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="271"/>
        <source>请选择接手的销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="274"/>
        <source>请先选择要转交的线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/walk_in.py" line="79"/>
        <source>未知的接待内容：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/walk_in.py" line="81"/>
        <source>请至少选择一项接待内容（到店、试驾或报价）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/walk_in.py" line="105"/>
        <source>请填写试驾车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/walk_in.py" line="107"/>
        <source>请选择已有客户或填写新客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/worklist.py" line="227"/>
        <source>找不到待办的提醒 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/search.py" line="28"/>
        <source>搜索内容太长：最多 {max} 个字，输入了 {n} 个。请输入姓名、拼音、电话、车牌或车架号的一部分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/store_profile.py" line="73"/>
        <location filename="../../dealerdesk/services/store_profile.py" line="87"/>
        <source>标志图片太大（{size} KB），最大 {limit} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/store_profile.py" line="77"/>
        <source>标志图片只能是 PNG 或 JPG 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/store_profile.py" line="91"/>
        <source>无法读取图片文件：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/store_profile.py" line="134"/>
        <source>请填写门店名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/targets/month.py" line="30"/>
        <source>{model}：顾问订单目标合计 {total} 台，门店目标 {store} 台，{side} {diff} 台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/targets/month.py" line="32"/>
        <source>多了</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/targets/month.py" line="33"/>
        <source>还差</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/targets/month.py" line="110"/>
        <source>{who} {model} 的目标应为 0–{most} 的整数：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/targets/month.py" line="151"/>
        <location filename="../../dealerdesk/services/targets/month.py" line="164"/>
        <location filename="../../dealerdesk/services/targets/plans.py" line="67"/>
        <source>车型目录里没有 {model}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/targets/month.py" line="153"/>
        <source>{who} 的 {model} 目标填了两次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/targets/plans.py" line="77"/>
        <source>{month} {model} 的订单数应为 0–{most} 的整数：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/targets/plans.py" line="104"/>
        <source>{month} 不在 {year} 年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/targets/plans.py" line="156"/>
        <source>{month} 不在本版滚动计划的月份内（{first} 至 {last}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/targets/plans.py" line="174"/>
        <source>没有这一版滚动计划：{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/export.py" line="45"/>
        <source>不能导出 {kind}：可导出 customers、leads、services、reminders、marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/export.py" line="46"/>
        <source>导出文件应以 .xlsx 或 .csv 结尾：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="106"/>
        <source>映射文件 {path} 不对：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="196"/>
        <source>找不到“姓名”列：请在列对应中指定哪一列是姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="197"/>
        <source>找不到手机号、车架号或车牌号列：至少要有其中一列才能导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/importer.py" line="47"/>
        <source>重复处理方式应为 update、skip 或 create，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/limits.py" line="29"/>
        <source>文件中的“{part}”解压后超过 {limit} MB：文件可能已损坏或是恶意构造的，没有导入任何数据（上限见设置“导入文件解压后上限”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/limits.py" line="30"/>
        <source>文件中的“{part}”压缩比异常（{ratio} 倍，上限 {limit} 倍）：文件可能已损坏或是恶意构造的，没有导入任何数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/limits.py" line="31"/>
        <source>工作表超过 {limit} 行：文件可能已损坏或是恶意构造的，没有导入任何数据（上限见设置“导入最多行数”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/limits.py" line="32"/>
        <source>第 {row} 行超过 {limit} 列：文件可能已损坏或是恶意构造的，没有导入任何数据（上限见设置“导入最多列数”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/limits.py" line="33"/>
        <source>第 {row} 行有单元格超过 {limit} 个字：文件可能已损坏或是恶意构造的，没有导入任何数据（上限见设置“导入单元格最多字数”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/limits.py" line="34"/>
        <source>文件的共享文字表超过 {limit} MB：文件可能已损坏或是恶意构造的，没有导入任何数据（上限见设置“导入文字表上限”）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/plan.py" line="135"/>
        <source>里程应为公里数，例如 23000（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/plan.py" line="139"/>
        <source>里程 {value} 不合理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/read.py" line="26"/>
        <source>无法读取文件 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/read.py" line="27"/>
        <source>不支持的文件类型 {suffix}：请用 .xlsx、.xls 或 .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/read.py" line="28"/>
        <source>CSV 文件的编码无法识别（支持 UTF-8 和 GBK/GB18030）：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/xlsx.py" line="27"/>
        <source>工作簿里没有名为“{sheet}”的工作表（有：{sheets}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/xlsx.py" line="28"/>
        <source>文件里没有数据：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/versions.py" line="17"/>
        <source>{what}在您打开后已被 {who} 于 {at} 修改并保存。
您填写的与已保存的不同之处：
{diff}
您填写的内容仍在窗口中：核对后再次保存将以您的内容为准；关闭窗口则保留已保存的内容。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/versions.py" line="21"/>
        <source>（没有不同：对方保存的与您填写的相同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/versions.py" line="22"/>
        <source>（空）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/versions.py" line="23"/>
        <source>· {field}：您填写「{yours}」，已保存「{saved}」</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="167"/>
        <source>找不到文件 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="169"/>
        <location filename="../../dealerdesk/store/db.py" line="299"/>
        <location filename="../../dealerdesk/store/db.py" line="405"/>
        <source>{path} 不是 DealerDesk 数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="185"/>
        <source>备份文件 {path} 已损坏（{problem}），未恢复，当前数据库保持不变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="188"/>
        <source>{path} 不是 DealerDesk 备份（表结构不同），未恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="191"/>
        <source>备份 {path} 来自更新版本的 DealerDesk（数据库版本 {found}，本程序支持 {supported}），请先升级程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="212"/>
        <source>另一个备份或恢复正在 {folder} 中进行，请稍后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="289"/>
        <source>数据库已损坏（{problem}），没有备份；之前的备份保持不变，请从最近的好备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="308"/>
        <source>备份副本校验失败（{reason}），没有写入 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="337"/>
        <source>备份没有写入 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="421"/>
        <source>数据库正被其他电脑或程序使用，未恢复；请先关闭它们的 DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="91"/>
        <source>数据库 {path} 在网络共享上（{where}）。SQLite 数据库文件只能放在本机磁盘上，几台电脑共用同一个文件会损坏数据。几台电脑共用客户资料请使用共享库模式（PostgreSQL）：dealerdesk --db postgresql://用户@服务器/数据库，见运维手册 docs/operations.md「几台电脑共用」一节。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="242"/>
        <source>不支持的数据库地址 {url}（可用：文件路径或 postgresql://…）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="295"/>
        <source>{path} 是文件夹，不是数据库文件：请给出数据库文件的路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="301"/>
        <location filename="../../dealerdesk/store/db.py" line="402"/>
        <location filename="../../dealerdesk/store/db.py" line="599"/>
        <location filename="../../dealerdesk/store/move.py" line="57"/>
        <source>找不到数据库 {path}（用 dealerdesk migrate 新建，或打开程序时自动创建）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="317"/>
        <location filename="../../dealerdesk/store/db.py" line="421"/>
        <location filename="../../dealerdesk/store/db.py" line="606"/>
        <location filename="../../dealerdesk/store/move.py" line="69"/>
        <source>{path} 不是 DealerDesk 数据库（表结构不同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="321"/>
        <source>{path} 是空数据库（用 dealerdesk migrate 初始化）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="327"/>
        <location filename="../../dealerdesk/store/db.py" line="425"/>
        <source>数据库版本 {found} 比本程序支持的版本 {supported} 新，请升级 DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="336"/>
        <source>数据库需要升级（版本 {found} → {supported}），请运行 dealerdesk migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="345"/>
        <source>数据库 {path} 已损坏（{reason}），为免弄错数据，程序不再读写它。请用最近的备份恢复：dealerdesk restore 备份文件（程序里会提示从最近的备份恢复），并把损坏的文件留给技术支持。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="357"/>
        <location filename="../../dealerdesk/store/db.py" line="614"/>
        <location filename="../../dealerdesk/store/move.py" line="65"/>
        <source>无法读取数据库 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="428"/>
        <source>数据库 {path} 需要升级（版本 {found} → {supported}），但它是只读的：请把它复制到本机可写的文件夹后再打开</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/move.py" line="73"/>
        <source>源数据库版本 {found} 与本程序的 {supported} 不同：先对它运行 dealerdesk migrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/move.py" line="137"/>
        <source>目标数据库 {target} 已有数据（{tables}），只能迁入空库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/move.py" line="150"/>
        <source>表 {table} 行数不一致（源 {expected}，目标 {found}）：已撤销，目标库保持为空</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/pg_backup.py" line="21"/>
        <source>找不到 {tool}：服务器数据库的备份与恢复需要 PostgreSQL 客户端工具（安装后把它加入 PATH，或由服务器管理员备份，见运维手册）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/pg_backup.py" line="43"/>
        <source>pg_dump 失败：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/pg_backup.py" line="55"/>
        <source>pg_restore 失败，数据库保持不变：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="18"/>
        <source>这一天没有可约的时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="48"/>
        <source>日期应写成 2026-06-01 这样的格式（输入的是 {value}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/messages.py" line="29"/>
        <source>操作未完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>events</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="635"/>
        <source>新车上市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="636"/>
        <source>试驾日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="637"/>
        <source>沙龙讲座</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="638"/>
        <source>车展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="639"/>
        <source>社区活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="640"/>
        <source>车主聚会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="644"/>
        <source>未回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="645"/>
        <source>参加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="646"/>
        <source>待定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="647"/>
        <source>不参加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="651"/>
        <source>已安排</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="652"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="21"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="22"/>
        <source>活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="23"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="24"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="25"/>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="299"/>
        <location filename="../../dealerdesk/ui/pages/events.py" line="52"/>
        <source>邀请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="26"/>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="300"/>
        <source>到场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="27"/>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="64"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="31"/>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="43"/>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="60"/>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="69"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="32"/>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="44"/>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="61"/>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="70"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="33"/>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="45"/>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="63"/>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="72"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="34"/>
        <location filename="../../dealerdesk/ui/pages/events.py" line="52"/>
        <source>回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="35"/>
        <source>回复时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="36"/>
        <location filename="../../dealerdesk/ui/pages/events.py" line="52"/>
        <source>签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="38"/>
        <source>邀请人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="42"/>
        <source>签到时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="46"/>
        <source>身份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="46"/>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="277"/>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="301"/>
        <source>现场来宾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="46"/>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="277"/>
        <source>受邀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="47"/>
        <source>签到人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="53"/>
        <source>已签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="55"/>
        <source>受邀·{reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="56"/>
        <source>未受邀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="62"/>
        <location filename="../../dealerdesk/ui/models/columns/events.py" line="71"/>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="54"/>
        <source>添加邀请：姓名、电话、车牌，回车查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="59"/>
        <source>邀请所选(&amp;I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="61"/>
        <source>按条件邀请(&amp;F)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="63"/>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="137"/>
        <source>撤销邀请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="84"/>
        <source>已邀请 {n} 位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="99"/>
        <source>请先查找并选择要邀请的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="117"/>
        <source>新邀请 {n} 位；{already} 位已邀请过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="119"/>
        <source>；{n} 位未同意接收联系，未邀请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="129"/>
        <source>撤销对 {name} 的邀请吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="146"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="152"/>
        <source>显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="205"/>
        <source>签到：姓名、电话后四位、车牌，回车查找，再按回车签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="209"/>
        <source>现场登记 (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="243"/>
        <source>已签到 {n} 人（其中现场来宾 {w} 人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="264"/>
        <source>没有找到“{text}”：新客户请点“现场登记”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="275"/>
        <source>{name} 已于 {at:%H:%M} 签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="278"/>
        <source>{name} 签到成功（{kind}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="292"/>
        <source>现场登记完成，已签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="299"/>
        <source>已回复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="300"/>
        <source>答复参加</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="301"/>
        <source>新线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="302"/>
        <source>试驾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="302"/>
        <source>订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="303"/>
        <source>售后预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="321"/>
        <source>试驾、订单、售后预约统计活动当天起 30 天内；订单还包括本活动线索的全部订单（每单计一次）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="324"/>
        <source>打印活动总结(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="327"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="366"/>
        <source>保存活动总结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="369"/>
        <source>活动总结已保存到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/event_tabs.py" line="373"/>
        <source>活动总结-{name}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/events.py" line="32"/>
        <source>新建活动(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/events.py" line="34"/>
        <source>修改(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/events.py" line="36"/>
        <source>取消活动…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/events.py" line="38"/>
        <source>显示已取消的活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/events.py" line="53"/>
        <source>效果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/events.py" line="98"/>
        <source>还没有活动：点“新建活动”安排第一场。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/events.py" line="123"/>
        <source>新建活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/events.py" line="147"/>
        <source>取消活动“{name}”？邀请和签到记录会保留。请填写取消原因：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/events.py" line="157"/>
        <source>取消活动</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="150"/>
        <source>投诉内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="202"/>
        <source>处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="206"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="206"/>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="207"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="207"/>
        <source>车型名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="208"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="161"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="218"/>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="208"/>
        <source>上牌日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="209"/>
        <source>交车日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="209"/>
        <source>里程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="210"/>
        <source>座位数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="210"/>
        <source>使用性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="211"/>
        <source>能源类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="212"/>
        <source>交强险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="213"/>
        <source>商业险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="214"/>
        <source>购车日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="214"/>
        <source>本店购车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="215"/>
        <source>购车地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="215"/>
        <source>里程日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="216"/>
        <source>保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="217"/>
        <source>下次年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="160"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="160"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="161"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="161"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="162"/>
        <source>生日类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="163"/>
        <source>农历生日月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="164"/>
        <source>农历生日日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="165"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="165"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="166"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="166"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="167"/>
        <source>职业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="167"/>
        <source>收入水平</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="168"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="220"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="168"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="220"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="169"/>
        <source>需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="169"/>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="170"/>
        <source>同意联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="170"/>
        <source>介绍人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="171"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="142"/>
        <source>预约项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="184"/>
        <source>外观损伤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="186"/>
        <source>车内物品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/intake.py" line="187"/>
        <source>客户描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="161"/>
        <source>其他意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="162"/>
        <source>竞品车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="162"/>
        <source>跟进内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="163"/>
        <source>跟进结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="163"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="217"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="217"/>
        <source>其他车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="218"/>
        <source>预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="219"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="219"/>
        <source>竞品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="253"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="156"/>
        <source>如 粤B12345</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <location filename="../../dealerdesk/ui/first_run/start.py" line="72"/>
        <source>演示门店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/start.py" line="72"/>
        <source>正在生成演示数据，请稍候……</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="56"/>
        <source>欢迎使用 DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="57"/>
        <source>几步完成开店设置。除系统管理员外，每一步都可以跳过，以后在“设置”里补上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="63"/>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="64"/>
        <source>界面语言在重新启动程序后生效。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="72"/>
        <source>门店资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="73"/>
        <source>门店名称、地址、电话和标志会印在每一份报表和工单的抬头上。可以跳过，以后再填。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="98"/>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="103"/>
        <source>系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="99"/>
        <source>系统管理员管理用户、系统设置和备份。请记住这个密码：忘记后只能由另一位管理员重置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="108"/>
        <source>至少 %1 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="115"/>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="115"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="116"/>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="231"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="116"/>
        <source>确认密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="126"/>
        <source>两次输入的密码不一致</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="136"/>
        <source>已创建系统管理员 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="143"/>
        <source>数据和备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="144"/>
        <source>数据库每天自动备份。备份最好放在另一块硬盘、U 盘或另一台电脑的共享文件夹。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="152"/>
        <source>浏览(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="165"/>
        <source>数据文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="166"/>
        <source>数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="167"/>
        <source>备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="168"/>
        <source>不填则备份到 %1。换一台电脑使用或连接共享数据库，可在 文件 → 数据库连接 里设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="172"/>
        <source>选择备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="192"/>
        <source>如何开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="193"/>
        <source>选择从哪里开始。以后随时可以导入客户或更换数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="195"/>
        <source>从空白开始：之后添加员工、车型、维修项目和客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="196"/>
        <source>导入现有的客户 Excel 表（完成后打开导入向导）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="197"/>
        <source>连接门店的共享数据库（PostgreSQL 服务器，多台电脑共用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="198"/>
        <source>打开演示门店：带有虚构的客户和数据，先看看怎么用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="209"/>
        <source>例如 192.168.1.10 或 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="221"/>
        <source>留空：使用 pgpass.conf 中的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="229"/>
        <source>服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="229"/>
        <source>端口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="230"/>
        <source>数据库名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="230"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="232"/>
        <source>测试连接(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="267"/>
        <source>连接成功：这是一个空数据库，完成后程序会在其中建表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="269"/>
        <source>连接成功：数据库版本 %1，%2 位客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="283"/>
        <source>准备就绪</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="284"/>
        <source>点“完成”保存设置并开始使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="303"/>
        <source>DealerDesk 首次使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="306"/>
        <source>下一步(&amp;N) &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="307"/>
        <source>&lt; 上一步(&amp;B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="308"/>
        <source>完成(&amp;F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="309"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="328"/>
        <source>门店名称没有填写：报表和工单抬头会印“%1”。以后在 设置 → 门店与系统 里填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="331"/>
        <source>没有选择门店标志：打印件上不印标志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="333"/>
        <source>备份文件夹用默认位置 %1。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="339"/>
        <source>之后在首页的开店清单里：添加员工 · 录入车型 · 维修项目价目 · 导入客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="340"/>
        <source>完成后打开导入向导，导入现有的客户 Excel 表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="341"/>
        <source>完成后切换到共享数据库，请用那里的账号登录。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="342"/>
        <source>完成后生成并打开演示门店（需要一点时间），用演示账号登录。您的空白数据库保留，下次启动时打开。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="345"/>
        <source>还没有完成的：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/first_run/wizard.py" line="346"/>
        <source>所有设置都已填写。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="24"/>
        <source>跟进逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="26"/>
        <source>投诉超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="28"/>
        <source>投诉未结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="30"/>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="32"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>genders</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="220"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="220"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../dealerdesk/services/sales/deals.py" line="220"/>
        <source>置换：卖给本店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="207"/>
        <source>新建线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="401"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="100"/>
        <source>下单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="402"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="148"/>
        <source>交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="403"/>
        <source>退订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="404"/>
        <source>申请战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="405"/>
        <source>战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="406"/>
        <source>经理批准战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="407"/>
        <source>经理驳回战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="408"/>
        <source>转给其他顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="296"/>
        <source>线索由 {old} 转给 {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="24"/>
        <location filename="../../dealerdesk/domain/official_days.py" line="30"/>
        <source>元旦</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="25"/>
        <location filename="../../dealerdesk/domain/official_days.py" line="33"/>
        <source>劳动节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="26"/>
        <location filename="../../dealerdesk/domain/official_days.py" line="36"/>
        <source>国庆节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="30"/>
        <location filename="../../dealerdesk/domain/official_days.py" line="31"/>
        <source>春节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="31"/>
        <source>元宵节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="32"/>
        <location filename="../../dealerdesk/domain/official_days.py" line="34"/>
        <source>端午节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="33"/>
        <location filename="../../dealerdesk/domain/official_days.py" line="35"/>
        <source>中秋节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/official_days.py" line="32"/>
        <source>清明节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/official_days.py" line="37"/>
        <source>抗战胜利纪念日</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="19"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="20"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="21"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="22"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="23"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="24"/>
        <source>购车日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="25"/>
        <source>上牌日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="26"/>
        <source>交强险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="27"/>
        <source>商业险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="28"/>
        <source>保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="29"/>
        <source>下次年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="30"/>
        <source>里程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="31"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="32"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="33"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="34"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="35"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="36"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="37"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="38"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="39"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="40"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="41"/>
        <source>职业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="42"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="44"/>
        <source>成交价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="45"/>
        <source>贷款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="46"/>
        <source>定金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="47"/>
        <source>置换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="48"/>
        <source>精品</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>income</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="228"/>
        <source>低</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="229"/>
        <source>中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="230"/>
        <source>高</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="231"/>
        <source>很高</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>key_accounts</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="549"/>
        <source>A 级（重点）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="550"/>
        <source>B 级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="551"/>
        <source>C 级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="20"/>
        <source>单位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="21"/>
        <source>等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="22"/>
        <source>客户经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="23"/>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="71"/>
        <source>主要联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="24"/>
        <source>车队</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="25"/>
        <source>上次走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="26"/>
        <source>计划走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="27"/>
        <source>（逾期）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="28"/>
        <source>本月订单/目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="29"/>
        <source>本年订单/目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="33"/>
        <source>走访日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="34"/>
        <source>计划 {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="35"/>
        <source>走访人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="36"/>
        <source>接待人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="37"/>
        <source>走访事由</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="38"/>
        <source>走访结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="39"/>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="43"/>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="44"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="45"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="46"/>
        <source>注册日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="51"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="52"/>
        <source>订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="53"/>
        <source>目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="54"/>
        <source>差额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="69"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="70"/>
        <source>职务</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="167"/>
        <source>集客</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="167"/>
        <source>本月接收的线索数（按线索接收时间）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="168"/>
        <source>留档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="168"/>
        <source>本月集客中，客户有姓名且有有效电话的线索数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="170"/>
        <source>到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="171"/>
        <source>本月有到店或试驾记录的线索数（试驾即到店；同一线索只算一次）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="173"/>
        <source>试驾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="173"/>
        <source>本月有试驾记录的线索数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="174"/>
        <source>订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="174"/>
        <source>本月下单的订单数（含之后退订的）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="175"/>
        <source>交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="175"/>
        <source>本月交车数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="176"/>
        <source>战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="176"/>
        <source>本月关闭为战败的线索数（按关闭时间）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="177"/>
        <source>到店率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="177"/>
        <source>本月集客中本月到店的线索数 ÷ 集客。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="178"/>
        <source>试驾率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="178"/>
        <source>试驾线索数 ÷ 到店线索数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="179"/>
        <source>成交率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="179"/>
        <source>订单数 ÷ 到店线索数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="180"/>
        <source>战败率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="180"/>
        <source>战败数 ÷（订单数 + 战败数）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="182"/>
        <source>跟进达标率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="183"/>
        <source>本月应跟进（建议时间在本月、未取消）的跟进中，在逾期前完成的比例，按顾问。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="186"/>
        <source>在跟线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="187"/>
        <source>月末仍在跟进的线索数（月末前接收、月末时未关闭），按当前负责人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="190"/>
        <source>月度盘点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="191"/>
        <source>月初 0 点各意向车型 H/A、B/C、D 级线索数；级别按级别变更记录还原到该时刻，已战败或退订的不计。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="197"/>
        <source>目标推算用的历史比率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="198"/>
        <source>前 N 个月（设置 kpi.history_months）按车型：集客成交率 = 订单 ÷ 集客；H/A 成交率 = 订单 ÷ 新进入 H/A 的线索数；B/C 转化率 = B/C→H/A 的线索数 ÷（期初 B/C + 期内新进入 B/C）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="205"/>
        <source>目标推算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="206"/>
        <source>订单目标（最新一版滚动计划，没有时取年度计划，再没有时取设置 target.&lt;车型&gt;）先由月初 H/A 按 H/A 成交率完成；差额 ÷ H/A 成交率 = 新增 H/A 目标，其中月初 B/C × B/C 转化率可提供的部分为 B/C 转 H/A 目标；仍差的订单 ÷ 集客成交率 = 集客目标。每周一核对累计进度与按天折算的目标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="214"/>
        <source>顾问目标完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="215"/>
        <source>经理分解到各顾问的本月目标（订单、集客、到店、试驾）与本月完成数；完成数按线索的当前负责顾问，定义同集客、到店、试驾、订单。各顾问同一车型的订单目标之和须等于门店该车型的订单目标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="218"/>
        <source>热点客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="218"/>
        <source>打印时级别为 H 或 A 的在跟线索，按下次跟进时间排序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="220"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="221"/>
        <source>收到 = 本月接收；解决 = 本月解决，平均解决时长按这些投诉计算（小时）；逾期 = 月末未解决且已过解决期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="227"/>
        <source>满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="228"/>
        <source>本月完成的满意度调查的分布；满意率 = 非常满意 + 满意 的比例。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="231"/>
        <source>客户类别与分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="232"/>
        <source>打印时未归档客户按类别（高价值/潜在/一般/流失）与价值分级（高/中/低）的人数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="235"/>
        <source>环比 / 同比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="236"/>
        <source>与上月、去年同月按相同定义计算的数值相比的相对变化。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="270"/>
        <source>新建线索</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lead_status</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="75"/>
        <source>跟进中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="76"/>
        <source>战败待审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="77"/>
        <source>已战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="78"/>
        <source>已退订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="79"/>
        <source>已交车</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>legend</name>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/__init__.py" line="30"/>
        <source>需关注：跟进逾期或投诉超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/__init__.py" line="31"/>
        <source>流失客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/__init__.py" line="32"/>
        <source>最近一次回访满意</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>levels</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="64"/>
        <source>新线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="65"/>
        <source>初步意向</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="66"/>
        <source>比较车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="67"/>
        <source>意向明确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="68"/>
        <source>热点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="69"/>
        <source>已订车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="70"/>
        <source>已交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="71"/>
        <source>退订</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>loyalty</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="555"/>
        <source>普通会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="556"/>
        <source>银卡会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="557"/>
        <source>金卡会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="558"/>
        <source>钻石会员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="562"/>
        <source>维修保养消费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="563"/>
        <source>购车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="564"/>
        <source>转介绍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="565"/>
        <source>参加活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="566"/>
        <source>手工调整</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="567"/>
        <source>结算抵扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="568"/>
        <source>过期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="58"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="59"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="61"/>
        <source>积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="62"/>
        <source>余额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="63"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/key_accounts.py" line="64"/>
        <source>有效期至</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="52"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="52"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="53"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="53"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="54"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="54"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="55"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="55"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="56"/>
        <source>职业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="56"/>
        <source>收入水平</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="57"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="57"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="58"/>
        <source>需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="58"/>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="59"/>
        <source>同意联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="59"/>
        <source>介绍人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="12"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="13"/>
        <source>今日跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="14"/>
        <source>售后服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="15"/>
        <source>服务接待</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="16"/>
        <source>投诉与回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="17"/>
        <source>报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="18"/>
        <source>设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="19"/>
        <source>操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="20"/>
        <source>用户管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="21"/>
        <source>车型与价目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="22"/>
        <source>客户活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="23"/>
        <source>目标与绩效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="24"/>
        <source>大用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="25"/>
        <source>客户营销</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../dealerdesk/ui/ops.py" line="111"/>
        <source>已保存（%1）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>order</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="20"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="60"/>
        <source>确认下单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="91"/>
        <source>确认退订</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>order_status</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="83"/>
        <source>待交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="84"/>
        <source>已交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="85"/>
        <source>已退订</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>payment</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="90"/>
        <source>全款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="91"/>
        <source>贷款</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="92"/>
        <source>租赁</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>permissions</name>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="40"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="41"/>
        <source>销售</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="42"/>
        <source>售后与接待</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="43"/>
        <source>管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="44"/>
        <source>系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="48"/>
        <source>查看客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="49"/>
        <source>登记和修改客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="50"/>
        <source>合并客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="51"/>
        <source>归档客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="52"/>
        <source>删除客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="53"/>
        <source>显示被遮挡的电话号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="54"/>
        <source>登记到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="55"/>
        <source>记录电话、微信、短信等联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="56"/>
        <source>处理提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="57"/>
        <source>查看线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="58"/>
        <source>登记和修改线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="59"/>
        <source>记录跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="60"/>
        <source>调整线索级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="61"/>
        <source>登记订单、交车、退订和战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="62"/>
        <source>重新分配线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="63"/>
        <source>审批战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="64"/>
        <source>审批超限优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="65"/>
        <source>查看车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="66"/>
        <source>查看维修保养记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="67"/>
        <source>登记车辆和维修保养记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="68"/>
        <source>查看预约、工单和接待统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="69"/>
        <source>预约和改约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="70"/>
        <source>接车、开工单和结算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="71"/>
        <source>派工给技师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="72"/>
        <source>查看投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="73"/>
        <source>受理和处理投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="74"/>
        <source>查看满意度回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="75"/>
        <source>做满意度回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="76"/>
        <source>查看客户活动及其效果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="77"/>
        <source>安排客户活动、邀请、签到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="78"/>
        <source>查看客户分组、外呼名单和群发批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="79"/>
        <source>保存客户分组、生成外呼名单和群发批次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="80"/>
        <source>生成月度汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="81"/>
        <source>修改业务设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="83"/>
        <source>查看目标、周进度和绩效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="84"/>
        <source>制定计划和分解目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="85"/>
        <source>维护车型目录和维修项目价目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="86"/>
        <source>导入客户资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="87"/>
        <source>导出客户资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="88"/>
        <source>查看操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="89"/>
        <source>导出客户本人的个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="90"/>
        <source>删除客户本人的个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="91"/>
        <source>修改门店资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="92"/>
        <source>修改系统设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="93"/>
        <source>管理用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="94"/>
        <source>备份数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="95"/>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="97"/>
        <source>查看大用户和走访记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="98"/>
        <source>维护大用户、登记走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="99"/>
        <source>查看会员等级和积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="100"/>
        <source>给客户加积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="101"/>
        <source>结算时用积分抵扣</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="102"/>
        <source>手动调整会员等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/auth.py" line="165"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/auth.py" line="166"/>
        <source>查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/permissions.py" line="24"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/permissions.py" line="25"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <location filename="../../dealerdesk/ui/printing.py" line="77"/>
        <source>打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/printing.py" line="131"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/printing.py" line="140"/>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../dealerdesk/services/customers/privacy.py" line="60"/>
        <source>已删除客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="77"/>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="94"/>
        <source>导出个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="94"/>
        <source>已导出到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="100"/>
        <source>个人信息…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="102"/>
        <source>导出个人信息（JSON/PDF）…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="105"/>
        <source>按客户要求删除个人信息…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>profile_points</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="30"/>
        <source>每年免费检测 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="32"/>
        <source>工时费优惠 {p}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="34"/>
        <source>优先预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="36"/>
        <source>上门取送车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="37"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_points.py" line="41"/>
        <source>{tier}　积分 {balance:,} 分　权益：{benefits}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>purchase_channels</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="96"/>
        <source>本店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="97"/>
        <source>官网</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="98"/>
        <source>二手车市场</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="99"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>qt_start</name>
    <message>
        <location filename="../../dealerdesk/qt_start.py" line="52"/>
        <source>没有找到图形桌面（DISPLAY 和 WAYLAND_DISPLAY 都没有设置），无法打开窗口。请在桌面里启动 DealerDesk；命令行功能见 dealerdesk --help。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/qt_start.py" line="55"/>
        <source>无法打开窗口：缺少 Qt 需要的系统库 {libraries}。请安装后再启动：sudo apt-get install {packages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/qt_start.py" line="57"/>
        <source>无法打开窗口：没有找到 Qt 的“{platform}”平台插件（{folder}）。请重新安装 DealerDesk。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/qt_start.py" line="59"/>
        <source>无法打开窗口：Qt 无法加载（{reason}）。Linux 上请安装 README 里列出的系统库，Windows 上请重新安装 DealerDesk。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reception</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="330"/>
        <source>已预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="331"/>
        <source>已到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="332"/>
        <source>未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="333"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="337"/>
        <source>等待维修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="338"/>
        <source>维修中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="339"/>
        <source>等待配件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="340"/>
        <source>质检中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="341"/>
        <source>待交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="342"/>
        <source>已交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="346"/>
        <source>保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="347"/>
        <source>维修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="348"/>
        <source>索赔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="349"/>
        <source>事故/保险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="352"/>
        <source>配件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="352"/>
        <source>工时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="355"/>
        <source>待客户确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="356"/>
        <source>已同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="357"/>
        <source>已拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="361"/>
        <source>当面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="362"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="363"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="364"/>
        <source>短信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="368"/>
        <source>现金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="369"/>
        <source>银行卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="370"/>
        <source>微信支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="371"/>
        <source>支付宝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="372"/>
        <source>厂家索赔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="373"/>
        <source>保险理赔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="12"/>
        <source>待开工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="12"/>
        <source>施工中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="13"/>
        <source>已完工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="13"/>
        <source>空闲</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="45"/>
        <source>已超时</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminder_kinds</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="144"/>
        <source>跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="145"/>
        <source>交车回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="146"/>
        <source>保养到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="147"/>
        <source>交强险续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="148"/>
        <source>商业险续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="149"/>
        <source>年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="150"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="151"/>
        <source>节日问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="152"/>
        <source>服务回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="153"/>
        <source>满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="154"/>
        <source>投诉处理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="155"/>
        <source>预约确认电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="156"/>
        <source>约定联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="157"/>
        <source>大用户走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="158"/>
        <source>营销外呼</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../dealerdesk/services/aftersales/insurance.py" line="120"/>
        <source>已续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/insurance.py" line="121"/>
        <source>已流失到其他保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="381"/>
        <source>提醒已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="150"/>
        <source>已进厂保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="109"/>
        <source>已完成调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="146"/>
        <source>已预约进厂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="35"/>
        <source>农历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="35"/>
        <source>公历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="36"/>
        <source>{kind}生日 {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="38"/>
        <source>按里程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="38"/>
        <source>按时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="39"/>
        <source>{first}（{basis}，目标 {km} 公里）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="40"/>
        <source>首保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="40"/>
        <source>定期保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="43"/>
        <source>已升级到经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="44"/>
        <source>首次响应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="44"/>
        <source>处理完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="46"/>
        <source>服务日期 {on}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="57"/>
        <source>稍后 {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="59"/>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="60"/>
        <source>待办</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="60"/>
        <source>未到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="69"/>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="92"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="70"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="70"/>
        <source>全店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="71"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="72"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="73"/>
        <source>截止</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="74"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="75"/>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="92"/>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="36"/>
        <source>联系结果，例如：已电话联系，客户预约下周六保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="37"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="43"/>
        <source>稍后提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="50"/>
        <source>提醒时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="60"/>
        <source>全部（30天内）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="60"/>
        <source>今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="61"/>
        <source>已逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="61"/>
        <source>未来30天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="71"/>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="75"/>
        <source>全部负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="76"/>
        <source>我的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="84"/>
        <source>完成(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="85"/>
        <source>稍后提醒(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="86"/>
        <source>忽略(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="92"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="117"/>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="139"/>
        <source>完成提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="155"/>
        <source>忽略提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="155"/>
        <source>确定忽略这条提醒吗？忽略后不会再次出现。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="235"/>
        <source>前台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="236"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="237"/>
        <source>服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="238"/>
        <source>经理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="239"/>
        <source>系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="26"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="27"/>
        <source>拼音</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="28"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="29"/>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="30"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="32"/>
        <source>完全匹配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="32"/>
        <source>开头匹配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="33"/>
        <source>包含</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="54"/>
        <source>（单位）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="56"/>
        <source>联系人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>service</name>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="129"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="130"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="131"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="56"/>
        <source>里程(公里)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="132"/>
        <source>作业内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="133"/>
        <source>配件费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="134"/>
        <source>工时费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/aftersales.py" line="135"/>
        <source>服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="36"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="55"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="36"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="54"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="37"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="53"/>
        <source>车主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="37"/>
        <source>（未登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="38"/>
        <source>匹配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="53"/>
        <source>联系电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="54"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="55"/>
        <source>上牌日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="56"/>
        <source>购车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="57"/>
        <source>用途/能源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="57"/>
        <source>交强险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="58"/>
        <source>商业险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="58"/>
        <source>保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="59"/>
        <source>下次年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="59"/>
        <source>下次提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="60"/>
        <source>过户记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="63"/>
        <source>车辆信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="80"/>
        <source>（校验位不符，请核对）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="84"/>
        <source>（车主未登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="88"/>
        <source>本店购买</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="89"/>
        <source>外店购买</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="91"/>
        <source>（手工设定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="95"/>
        <source>暂无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="97"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="112"/>
        <source>车牌（可只输部分）、车架号后6位、电话或姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="124"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="214"/>
        <source>服务历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="125"/>
        <source>新增服务记录(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="126"/>
        <source>过户(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="127"/>
        <source>客户档案(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="128"/>
        <source>编辑车辆(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="129"/>
        <source>登记续保(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="130"/>
        <source>新增车辆(&amp;V)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="143"/>
        <source>查找结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="145"/>
        <source>查找车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="146"/>
        <source>输入车牌（可只输部分）、车架号后6位、电话或姓名，这里列出匹配的车辆和车主；选中后右边显示服务历史。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="147"/>
        <source>开始查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="170"/>
        <source>查找车辆：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="213"/>
        <source>服务历史（{n} 条，最新在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="218"/>
        <source>新建预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="288"/>
        <source>车辆查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="289"/>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="290"/>
        <source>流失召回</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="291"/>
        <source>生成全店提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="292"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="321"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="324"/>
        <source>重新计算客户分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="311"/>
        <source>正在处理，请稍候…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="315"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="317"/>
        <source>生成提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="317"/>
        <source>已检查 {n} 位客户，新增 {c} 条提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="324"/>
        <source>已计算 {n} 位客户，{c} 位的分级有变化。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>service_kinds</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="263"/>
        <source>保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="264"/>
        <source>维修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="265"/>
        <source>保险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="266"/>
        <source>续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="267"/>
        <source>索赔</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>service_record</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="32"/>
        <source>新增服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="44"/>
        <source> 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="47"/>
        <source>作业内容，例如：更换机油、机滤，检查刹车片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="51"/>
        <source>（本人）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="58"/>
        <source>服务类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="58"/>
        <source>服务日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="59"/>
        <source>里程(公里)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="59"/>
        <source>作业内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="60"/>
        <source>配件费(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="60"/>
        <source>工时费(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="61"/>
        <source>服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/service_record.py" line="82"/>
        <source>里程低于上次记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>setting_labels</name>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="46"/>
        <source>跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="47"/>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="48"/>
        <source>客户分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="49"/>
        <source>接待</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="50"/>
        <source>营业日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="51"/>
        <source>报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="52"/>
        <source>通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="53"/>
        <source>门店与系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="54"/>
        <source>隐私</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="55"/>
        <source>订车单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="56"/>
        <source>大用户与会员积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="107"/>
        <source>天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="107"/>
        <source>小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="107"/>
        <source>个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="108"/>
        <source>公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="108"/>
        <source>元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="108"/>
        <source>分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="114"/>
        <source>上次联系后第 x 天建议跟进，超过第 y 天算逾期（x 不能大于 y）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="124"/>
        <source>C 级跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="125"/>
        <source>B 级跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="126"/>
        <source>A 级跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="127"/>
        <source>H 级跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="128"/>
        <source>O 级跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="129"/>
        <source>上午/下午分界</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="130"/>
        <source>N 级新线索在这个钟点之前到店算“上午来的”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="131"/>
        <source>上午来的：当天下午几点跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="132"/>
        <source>上午到店的新线索，当天这个钟点建议跟进。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="133"/>
        <source>上午来的：几点算逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="134"/>
        <source>上午到店的新线索，当天过了这个钟点还没跟进算逾期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="135"/>
        <source>下午来的：次日几点跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="136"/>
        <source>下午到店的新线索，次日这个钟点建议跟进。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="137"/>
        <source>下午来的：次日几点算逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="138"/>
        <source>下午到店的新线索，次日过了这个钟点还没跟进算逾期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="139"/>
        <source>上班时间（建议跟进的钟点）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="140"/>
        <source>按天计算的跟进建议在当天这个钟点出现在工作台。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="141"/>
        <source>交车后回访时限（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="142"/>
        <source>交车后多少小时内要打回访电话（D 级）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="143"/>
        <source>战败需经理审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="144"/>
        <source>勾选后，顾问申请战败要等经理批准才关闭线索。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="146"/>
        <source>首保时间（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="147"/>
        <source>交车后多少个月做首次保养。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="148"/>
        <source>首保里程（公里）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="149"/>
        <source>行驶多少公里做首次保养（先到者为准）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="150"/>
        <source>保养间隔时间（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="151"/>
        <source>两次保养之间最多隔多少个月。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="152"/>
        <source>保养间隔里程（公里）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="153"/>
        <source>两次保养之间最多行驶多少公里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="154"/>
        <source>无里程记录时按每天公里数估算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="155"/>
        <source>车辆没有里程记录时，按每天行驶这么多公里估算下次保养。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="156"/>
        <source>保养提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="157"/>
        <source>保养到期前多少天开始提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="158"/>
        <source>续保提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="159"/>
        <source>保险到期前多少天开始提醒续保。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="160"/>
        <source>年检提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="161"/>
        <source>年检到期前多少天开始提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="162"/>
        <source>私家车免检规则适用的最多座位数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="163"/>
        <source>座位数不超过这个数的非营运车辆按私家车年检规则。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="164"/>
        <source>私家车上线检测的年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="165"/>
        <source>私家车在注册后第几年要上线检测，用逗号或顿号分隔，例如 6、10。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="166"/>
        <source>私家车网上领标的年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="167"/>
        <source>私家车在注册后第几年网上申领检验标志，用逗号或顿号分隔，例如 2、4、8。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="168"/>
        <source>私家车几年后每年年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="169"/>
        <source>私家车注册满这么多年后每年检验一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="169"/>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="171"/>
        <source>年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="170"/>
        <source>营运车辆前几年每年年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="171"/>
        <source>营运车辆注册后前几年每年检验一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="172"/>
        <source>营运车辆之后每几个月年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="173"/>
        <source>营运车辆过了每年检验的年份后，每隔多少个月检验一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="174"/>
        <source>其他车辆年检间隔（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="175"/>
        <source>不属于私家车和营运车辆的车辆每隔多少个月检验一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="176"/>
        <source>生日提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="177"/>
        <source>客户生日（含农历生日）前多少天提醒问候。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="178"/>
        <source>节日提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="179"/>
        <source>节日前多少天提醒发送问候。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="180"/>
        <source>发送问候的节日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="181"/>
        <source>哪些节日提醒给客户发送问候。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="182"/>
        <source>服务后几天回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="183"/>
        <source>保养或维修后第几天打回访电话。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="184"/>
        <source>服务回访宽限天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="185"/>
        <source>服务回访到期后再过多少天算逾期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="186"/>
        <source>服务后几天做满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="187"/>
        <source>保养或维修后第几天做满意度调查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="188"/>
        <source>交车后几天做满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="189"/>
        <source>交车后第几天做满意度调查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="190"/>
        <source>满意度调查宽限天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="191"/>
        <source>满意度调查到期后再过多少天算逾期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="192"/>
        <source>投诉首次响应时限（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="193"/>
        <source>收到投诉后多少小时内要首次联系客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="194"/>
        <source>投诉解决时限（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="195"/>
        <source>收到投诉后多少天内要解决。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="197"/>
        <source>每次购车得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="197"/>
        <source>客户每买一辆车加多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="198"/>
        <source>购车次数最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="198"/>
        <source>购车次数这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="199"/>
        <source>消费金额最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="199"/>
        <source>近 3 年消费金额这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="201"/>
        <source>消费满分金额（元，近3年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="202"/>
        <source>近 3 年消费达到这个金额得消费金额满分，不足按比例。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="203"/>
        <source>每次进厂得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="203"/>
        <source>近 12 个月每进厂一次加多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="205"/>
        <source>近12个月进厂最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="205"/>
        <source>进厂次数这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="207"/>
        <source>收入水平得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="208"/>
        <source>客户每个收入水平得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="209"/>
        <source>收入水平最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="209"/>
        <source>收入水平这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="211"/>
        <source>每次转介绍得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="211"/>
        <source>客户每介绍一位新客户加多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="213"/>
        <source>转介绍最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="213"/>
        <source>转介绍这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="214"/>
        <source>意向级别得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="215"/>
        <source>客户在跟线索的最高意向级别得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="216"/>
        <source>意向级别最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="216"/>
        <source>意向级别这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="219"/>
        <source>满意度得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="219"/>
        <source>最近一次满意度调查的总体评价得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="220"/>
        <source>复购可能性得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="221"/>
        <source>最近一次调查的复购可能性得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="222"/>
        <source>推荐意愿得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="223"/>
        <source>最近一次调查的推荐意愿得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="224"/>
        <source>每个未结投诉扣分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="224"/>
        <source>客户每有一个未结投诉扣多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="226"/>
        <source>高分级最低分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="226"/>
        <source>价值分达到这个分数的客户分为“高”档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="228"/>
        <source>中分级最低分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="229"/>
        <source>价值分达到这个分数的客户分为“中”档；不能高于“高”档的起点。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="230"/>
        <source>多少个月无购车/保养/到店算流失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="231"/>
        <source>客户这么多个月没有购车、保养或到店，归为流失客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="232"/>
        <source>高价值客户至少购车次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="233"/>
        <source>高价值客户至少要在本店买过几辆车。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="233"/>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="366"/>
        <source>次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="235"/>
        <source>预约时段长度（分钟）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="235"/>
        <source>每个预约时段多少分钟。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="236"/>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="289"/>
        <source>分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="237"/>
        <source>每个预约时段可接车数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="238"/>
        <source>每位服务顾问在每个时段最多接几台车。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="238"/>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="389"/>
        <source>台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="239"/>
        <source>车间上班时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="239"/>
        <source>第一个预约时段从这个钟点开始。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="240"/>
        <source>车间下班时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="241"/>
        <source>最后一个预约时段在这个钟点之前结束；必须晚于上班时间。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="242"/>
        <source>预约确认电话提前天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="243"/>
        <source>预约前几天打确认电话。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="244"/>
        <source>工单号前缀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="245"/>
        <source>工单号开头的字母，例如 WO 得到 WO2026-00001。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="246"/>
        <source>返修判定天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="247"/>
        <source>交车后这么多天内同一辆车又来维修，算作返修，不计入一次修复率。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="250"/>
        <source>每周营业时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="251"/>
        <source>每天开门和关门的钟点；不勾选的那天休息。跟进、回访和预约只落在营业日。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="252"/>
        <source>按国家放假安排休息和调休上班</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="253"/>
        <source>法定节假日（含连休）门店休息，调休的周末上班。节假日数据来自 chinesecalendar。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="254"/>
        <source>门店休息日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="255"/>
        <source>门店自己的休息日，例如 2027-02-05 或 2027-02-05/2027-02-11，用逗号分隔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="256"/>
        <source>门店加班日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="257"/>
        <source>平时休息但这天营业，例如国庆车展期间；写法同上。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="259"/>
        <source>目标测算参考的历史月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="260"/>
        <source>推算新增 H/A 与线索目标时参考前几个月的成交率。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="261"/>
        <source>月报热点客户最多列出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="262"/>
        <source>月报里热点客户名单最多列出多少位（总数总会印出）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="262"/>
        <source>位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="263"/>
        <source>月报趋势图月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="263"/>
        <source>月报趋势图显示多少个月。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="265"/>
        <source>滚动计划确定月数（X）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="266"/>
        <source>X+Y 滚动计划中从本月起确定下来的月数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="267"/>
        <source>滚动计划预测月数（Y）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="268"/>
        <source>X+Y 滚动计划中确定月之后的预测月数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="270"/>
        <source>免打扰开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="271"/>
        <source>从这个钟点起托盘不弹出提醒（攒到免打扰结束再提醒）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="272"/>
        <source>免打扰结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="272"/>
        <source>到这个钟点恢复提醒；与开始相同表示不设免打扰。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="273"/>
        <source>关闭窗口时留在托盘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="274"/>
        <source>关闭主窗口时程序留在系统托盘继续提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="276"/>
        <source>门店名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="276"/>
        <source>印在报表和工单抬头上的门店名称。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="278"/>
        <source>门店标志图片路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="278"/>
        <source>本机上标志图片（PNG/JPG）的路径，可不填；用“文件 → 门店资料”选择的标志存进数据库，优先使用。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="280"/>
        <source>门店地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="280"/>
        <source>印在报表和工单抬头上的门店地址，可不填。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="282"/>
        <source>门店电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="282"/>
        <source>印在报表和工单抬头上的服务电话，可不填。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="284"/>
        <source>门店所在城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="284"/>
        <source>门店所在的城市，可不填。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="285"/>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="285"/>
        <source>程序界面使用的语言。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="287"/>
        <source>无操作自动锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="288"/>
        <source>多少分钟没有操作就锁定窗口，需重新输入密码；0 表示不锁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="292"/>
        <source>导入文件解压后上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="293"/>
        <source>Excel 文件（.xlsx 是压缩包）里每一部分解压后的大小上限；CSV/XLS 文件本身的大小上限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="295"/>
        <source>导入文件最大压缩比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="296"/>
        <source>Excel 文件里超过 10 MB 的部分，解压后最多是压缩时的多少倍（正常表格约 5–30 倍）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="297"/>
        <source>倍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="298"/>
        <source>导入最多行数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="299"/>
        <source>一个工作表最多读取多少行。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="299"/>
        <source>行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="301"/>
        <source>导入最多列数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="302"/>
        <source>一行最多读取多少列。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="302"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="303"/>
        <source>导入单元格最多字数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="304"/>
        <source>一个单元格最多多少个字（Excel 自己的上限是 32767）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="305"/>
        <source>字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="306"/>
        <source>导入文字表上限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="307"/>
        <source>Excel 文件的共享文字表（所有不同的文字）读入后最多占用多少内存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="310"/>
        <source>备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="311"/>
        <source>自动备份写到这个文件夹，可以是 U 盘或另一台电脑的共享文件夹；不填则用数据目录下的 backups。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="313"/>
        <source>每天自动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="314"/>
        <source>每天第一次打开程序时在后台备份数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="315"/>
        <source>退出时备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="316"/>
        <source>退出程序时再备份一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="317"/>
        <source>保留每日备份天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="318"/>
        <source>保留最近这么多天的备份（每天保留最新的一份），更早的删除（每月备份另算）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="320"/>
        <source>保留每月备份月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="321"/>
        <source>最近这么多个月，每月再保留最新的一份备份；0 表示不保留每月备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="326"/>
        <source>电话打码的角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="327"/>
        <source>这些角色在列表、档案、搜索结果、导出和命令行中看到的客户电话中间四位显示为 *，需要时可点“显示号码”查看（记入操作日志）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="329"/>
        <source>销售顾问可查看全部客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="330"/>
        <source>不勾选时，销售顾问只能看到自己负责的客户和线索；勾选后可查看全部客户和线索，但仍只能修改自己的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="333"/>
        <source>顾问可给优惠上限（元）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="334"/>
        <source>订车单上的优惠超过这个金额时，要等经理审批。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="335"/>
        <source>贷款机构</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="336"/>
        <source>订车单上可选的贷款/租赁机构，用顿号或逗号分隔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="337"/>
        <source>合作保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="338"/>
        <source>订车单上可选的保险公司，用顿号或逗号分隔。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="340"/>
        <source>精品/装潢价目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="341"/>
        <source>订车单上可选的精品和装潢，每项写“名称 价格”，用顿号或逗号分隔；不在表里的可以直接输入。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="345"/>
        <source>大用户走访间隔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="346"/>
        <source>每个等级的大用户多少天走访一次；登记走访时没有约定下次日期，就按这个间隔安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="348"/>
        <source>维修保养每元积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="349"/>
        <source>结算时客户实付每 1 元得多少积分；0 表示维修保养不积分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="350"/>
        <source>购车每百元积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="351"/>
        <source>交车时车价每 100 元得多少积分；0 表示购车不积分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="352"/>
        <source>转介绍积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="353"/>
        <source>介绍的新客户交车后，介绍人得多少积分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="354"/>
        <source>参加活动积分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="355"/>
        <source>客户参加一次门店活动得多少积分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="356"/>
        <source>多少积分抵 1 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="357"/>
        <source>结算时用积分抵扣，多少积分抵 1 元。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="358"/>
        <source>积分有效期（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="359"/>
        <source>积分获得后多少个月过期，先得的先用；0 表示不过期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="361"/>
        <source>会员等级门槛（累计积分）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="362"/>
        <source>累计获得的积分（用掉的也算）达到多少升到该等级；只升不降，经理也可以手动调整。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="365"/>
        <source>每年免费检测次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="365"/>
        <source>各等级会员每年可享受的免费检测次数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="368"/>
        <source>工时费优惠（%）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="368"/>
        <source>各等级会员工时费的优惠百分比，结算时作为优惠填写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="370"/>
        <source>优先预约的等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="371"/>
        <source>这些等级的会员预约时优先安排，接车时提示。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="373"/>
        <source>上门取送车的等级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="374"/>
        <source>这些等级的会员可享受上门取送车服务。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="377"/>
        <source>群发间隔天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="378"/>
        <source>最近这么多天内已收到群发消息的客户，不再放进新的群发批次和外呼名单。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="379"/>
        <source>问候提前准备天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="380"/>
        <source>生日、节日、购车周年和首保关怀的群发批次提前多少天准备好。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="381"/>
        <source>外呼完成期限（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="382"/>
        <source>外呼名单生成后多少天内要打完，过期的电话在工作台显示为逾期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="387"/>
        <source>月订单目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="388"/>
        <source>每个车型本月的订单目标（台），月报据此推算新增 H/A 与线索目标；0 表示不设目标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="59"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="215"/>
        <source>更改界面语言后需要重新启动程序才能生效；保存后可以立即重新启动。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>setup_checklist</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="34"/>
        <source>添加员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="34"/>
        <source>打开用户管理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="35"/>
        <source>销售顾问、服务顾问和技师的账号：线索、预约和工单都要选人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="36"/>
        <source>录入车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="36"/>
        <source>打开车型目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="37"/>
        <source>意向车型、订单和车辆从车型目录中选择。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="38"/>
        <source>维修项目价目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="38"/>
        <source>打开项目价目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="39"/>
        <source>工单的工时和配件按价目表报价。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="40"/>
        <source>导入客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="40"/>
        <source>导入 Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="41"/>
        <source>把现有的客户表导入，或在客户页逐个新建。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="58"/>
        <source>开店清单：完成这几步，DealerDesk 就能用起来</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="60"/>
        <source>不再显示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="114"/>
        <source>已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/setup_checklist.py" line="114"/>
        <source>未完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sources</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="192"/>
        <source>展厅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="193"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="194"/>
        <source>网络</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="195"/>
        <source>车展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="196"/>
        <source>客户活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="197"/>
        <source>转介绍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="198"/>
        <source>老客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="199"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store_connection</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="31"/>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="157"/>
        <source>数据库连接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="35"/>
        <source>本机文件（SQLite，一台电脑使用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="36"/>
        <source>服务器（PostgreSQL，多台电脑共用）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="42"/>
        <source>浏览(&amp;B)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="49"/>
        <source>例如 192.168.1.10 或 server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="57"/>
        <source>留空：使用 pgpass.conf 中的密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="66"/>
        <source>当前数据库</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="68"/>
        <source>数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="70"/>
        <source>服务器</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="71"/>
        <source>端口</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="72"/>
        <source>数据库名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="73"/>
        <source>用户名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="74"/>
        <source>密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="78"/>
        <source>测试连接(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="86"/>
        <source>保存后，下次启动程序时打开所选数据库。命令行 --db 和环境变量 DEALERDESK_DB 优先。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="106"/>
        <source>选择数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="107"/>
        <source>DealerDesk 数据库 (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="139"/>
        <source>连接成功：{url} 是空数据库，保存并重新启动后程序会在其中建表。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="141"/>
        <source>连接成功：{url}，数据库版本 {version}，{n} 位客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/store_connection.py" line="157"/>
        <source>已保存。请重新启动 DealerDesk，以打开所选数据库。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store_profile</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="26"/>
        <source>例如 深圳鹏程吉利4S店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="34"/>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="84"/>
        <source>（未选择）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="37"/>
        <source>选择图片(&amp;L)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="39"/>
        <source>清除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="51"/>
        <source>门店名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="51"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="52"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="52"/>
        <source>标志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="53"/>
        <source>标志：PNG 或 JPG，最大 %1 KB；图片存进数据库，共用数据库的每台电脑都能打印。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="67"/>
        <source>选择门店标志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_profile_form.py" line="67"/>
        <source>图片 (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>store_state</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_state.py" line="18"/>
        <source>数据库为只读（只读的文件、文件夹或存储介质）：可以查询、查看档案和打印报表，登记和修改的按钮已停用。要修改请把数据库复制到本机可写的文件夹，或请管理员改为可写。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_state.py" line="39"/>
        <source>数据库 %1 已损坏。为免弄错数据，程序不再读写它。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_state.py" line="41"/>
        <location filename="../../dealerdesk/ui/widgets/store_state.py" line="44"/>
        <source>数据库已损坏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_state.py" line="41"/>
        <source>没有找到可用的备份：请联系技术支持，不要删除损坏的数据库文件。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_state.py" line="46"/>
        <source>最近的完好备份：%1（%2 行数据）。
要用它恢复吗？该备份之后的修改会丢失，
损坏的文件会先另存一份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_state.py" line="49"/>
        <source>从这个备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_state.py" line="50"/>
        <source>退出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_state.py" line="61"/>
        <source>恢复没有完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_state.py" line="63"/>
        <source>已恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/store_state.py" line="63"/>
        <source>已从 %1 恢复。损坏的数据库另存为 %2。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>survey</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="271"/>
        <source>非常满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="272"/>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="273"/>
        <source>一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="274"/>
        <source>不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="275"/>
        <source>非常不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="281"/>
        <source>非常愿意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="282"/>
        <source>可能</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="283"/>
        <source>不会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="287"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="288"/>
        <source>短信/微信链接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="289"/>
        <source>纸质问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="290"/>
        <source>店内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="74"/>
        <source>总体满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="74"/>
        <source>产品质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="75"/>
        <source>服务态度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="75"/>
        <source>售后服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="76"/>
        <source>复购可能性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="76"/>
        <source>推荐意愿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="77"/>
        <source>调查方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/survey.py" line="29"/>
        <source>满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/survey.py" line="34"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/survey.py" line="40"/>
        <source>（未回答）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/survey.py" line="40"/>
        <source>请选择</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/survey.py" line="47"/>
        <source>客户意见与建议</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/survey.py" line="48"/>
        <source>意见</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>targets</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="542"/>
        <source>销售部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="542"/>
        <source>售后服务部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="542"/>
        <source>前台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/grid.py" line="121"/>
        <location filename="../../dealerdesk/ui/models/grid.py" line="125"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="46"/>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="464"/>
        <source>订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="46"/>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="462"/>
        <source>集客</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="47"/>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="373"/>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="463"/>
        <source>到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="47"/>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="374"/>
        <source>试驾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="48"/>
        <source>H/A 保有</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="93"/>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="353"/>
        <source>已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="93"/>
        <source>已写入 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="123"/>
        <source>载入(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="124"/>
        <source>保存目标(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="125"/>
        <source>打印个人目标确认书…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="126"/>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="396"/>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="489"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="134"/>
        <source>选一格直接输入数字，Tab 或回车到下一格；各顾问同一车型的订单目标之和须等于门店目标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="136"/>
        <source>月份(&amp;M)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="136"/>
        <source>指标(&amp;I)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="148"/>
        <source>经理为您分解的本月目标；可打印个人目标确认书。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="181"/>
        <source>门店目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="182"/>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="370"/>
        <source>差额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="184"/>
        <source>推算集客目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="239"/>
        <source>已保存 {month} 的目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="254"/>
        <source>个人目标确认书-{name}-{month}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="268"/>
        <source>保存个人目标确认书</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="281"/>
        <source>载入年度计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="282"/>
        <source>保存年度计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="287"/>
        <source>按本月滚动新版本…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="293"/>
        <source>年份(&amp;Y)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="295"/>
        <source>滚动计划版本(&amp;V)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="318"/>
        <source>{m} 月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="331"/>
        <source>第 {id} 版：{month} 起 {x}+{y}，{who} {at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="344"/>
        <source>（确定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="344"/>
        <source>（预测）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="353"/>
        <source>年度计划已保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="358"/>
        <source>滚动计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="358"/>
        <source>从 {month} 起生成滚动计划的新版本？旧版本保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="368"/>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="465"/>
        <source>订单目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="369"/>
        <source>已成交</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="371"/>
        <source>集客目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="372"/>
        <source>已集客</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="375"/>
        <source>每周需订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="376"/>
        <source>每周需集客</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="377"/>
        <source>每周需到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="378"/>
        <source>每周需试驾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="382"/>
        <source>顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="383"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="394"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="395"/>
        <source>打印周进度…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="401"/>
        <source>截至(&amp;D)：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="406"/>
        <source>按顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="408"/>
        <source>按车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="431"/>
        <source>{month}：本月还剩 {weeks} 周。按历史比率（成交率 {close}，试驾率 {drive}）推算每周还需要的量；“—”表示缺少历史数据。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="441"/>
        <source>周进度-{day}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="451"/>
        <source>保存周进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="461"/>
        <source>跟进达标率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="466"/>
        <source>目标完成率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="467"/>
        <source>成交率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="468"/>
        <source>战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="469"/>
        <source>满意率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="470"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="471"/>
        <source>提醒按时率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="473"/>
        <source>人员 / 部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="474"/>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="477"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="487"/>
        <source>刷新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="488"/>
        <source>打印绩效考核表…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="492"/>
        <source>选中一行看近 6 个月趋势</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="493"/>
        <source>月份：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="530"/>
        <source>{name} 近 6 个月趋势</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="538"/>
        <source>绩效考核表-{month}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="549"/>
        <source>保存绩效考核表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="561"/>
        <source>月度目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="562"/>
        <source>年度与滚动计划</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="563"/>
        <source>每周进度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/targets.py" line="564"/>
        <source>绩效</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tiers</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="210"/>
        <source>高</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="211"/>
        <source>中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="212"/>
        <source>低</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>transfer</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="28"/>
        <source>车辆过户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="29"/>
        <source>新车主：姓名、拼音或电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="33"/>
        <source>例如：二手车过户、家庭成员之间转让</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="36"/>
        <source>车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="37"/>
        <source>原车主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="37"/>
        <source>（未登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="38"/>
        <source>查找新车主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="40"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="41"/>
        <source>过户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="46"/>
        <source>请先查找并选择新车主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="48"/>
        <source>确认过户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/transfer.py" line="48"/>
        <source>把 {plate} 过户给 {name}？服务记录随车保留。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>users</name>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="17"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="19"/>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="20"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="50"/>
        <location filename="../../dealerdesk/ui/pages/users.py" line="183"/>
        <location filename="../../dealerdesk/ui/pages/users.py" line="217"/>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="57"/>
        <location filename="../../dealerdesk/ui/pages/users.py" line="108"/>
        <source>同时是技师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="62"/>
        <location filename="../../dealerdesk/ui/pages/users.py" line="115"/>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="62"/>
        <location filename="../../dealerdesk/ui/pages/users.py" line="116"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="63"/>
        <location filename="../../dealerdesk/ui/pages/users.py" line="116"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="64"/>
        <location filename="../../dealerdesk/ui/pages/users.py" line="117"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="64"/>
        <location filename="../../dealerdesk/ui/pages/users.py" line="118"/>
        <source>部门</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="67"/>
        <source>创建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="88"/>
        <source>手机或座机，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="92"/>
        <source>例如 销售部、售后部，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="103"/>
        <source>编辑员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="139"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="142"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="144"/>
        <source>把新密码当面告诉本人，并请他登录后在“账户 → 修改密码”里改成自己的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="146"/>
        <source>重置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="164"/>
        <source>只有系统管理员可以管理用户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="168"/>
        <source>新建用户(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="169"/>
        <source>编辑(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="170"/>
        <source>重置密码(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="171"/>
        <source>停用(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="180"/>
        <source>还没有其他员工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="181"/>
        <source>这里列出所有员工账号：姓名、角色、电话、部门，以及是否技师。销售顾问、服务顾问和技师的名单都来自这里。现在只有您的管理员账号，请为每位员工新建账号。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="187"/>
        <source>停用的用户不能再登录，他名下的客户和记录保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="241"/>
        <source>停用用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="241"/>
        <source>停用 %1（%2）后他将不能登录。确定停用吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vehicle</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="35"/>
        <source>中国人保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="35"/>
        <source>平安保险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="36"/>
        <source>太平洋保险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="36"/>
        <source>中华联合</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="37"/>
        <source>大地保险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="37"/>
        <source>阳光保险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="38"/>
        <source>国寿财险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="58"/>
        <source>如 2026-06-01，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="75"/>
        <source>如 粤B12345，新能源 粤BD12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="83"/>
        <source>车牌后五位最多两个字母，请核对行驶证（仍可保存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="85"/>
        <source>8位车牌是新能源车牌，与所选能源类型不符，请核对（仍可保存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="87"/>
        <source>新能源车一般是8位绿牌，请核对车牌或能源类型（仍可保存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="107"/>
        <source>编辑车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="107"/>
        <source>新增车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="115"/>
        <source>确定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="131"/>
        <source>从车型目录选择，其他品牌直接输入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="152"/>
        <source>本店购买</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="153"/>
        <source>外店购买</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="160"/>
        <source>在哪里买的，可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="166"/>
        <source> 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="176"/>
        <source>选择或输入保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="179"/>
        <source>手工设定下次年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="189"/>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="430"/>
        <source>车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="191"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="192"/>
        <source>车架号 (VIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="193"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="194"/>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="195"/>
        <source>能源类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="196"/>
        <source>使用性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="197"/>
        <source>座位数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="204"/>
        <source>购车与上牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="206"/>
        <source>购车日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="207"/>
        <source>购车地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="208"/>
        <source>外店名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="209"/>
        <source>交车日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="210"/>
        <source>上牌日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="211"/>
        <source>里程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="213"/>
        <source>当前里程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="214"/>
        <source>读数日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="215"/>
        <source>保险与年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="217"/>
        <source>交强险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="218"/>
        <source>商业险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="219"/>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="435"/>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="462"/>
        <source>保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="220"/>
        <source>下次年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="230"/>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="447"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="230"/>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="447"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="327"/>
        <source>按规定：{date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="328"/>
        <source>按规定：填写上牌日期后自动计算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="330"/>
        <source>（已改为手工设定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="397"/>
        <source>登记续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="399"/>
        <source>已在本店续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="400"/>
        <source>流失到其他保险公司</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="415"/>
        <source>元，例如 4200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="431"/>
        <source>目前到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="431"/>
        <source>交强险 {c}　商业险 {m}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="433"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="434"/>
        <source>险种</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="438"/>
        <source>保费(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="441"/>
        <source>新交强险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="442"/>
        <source>新商业险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="443"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="462"/>
        <source>流失到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="465"/>
        <source>流失的保单：如知道新的到期日请填写，明年到期前仍会提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="466"/>
        <source>到期日按一年自动顺延，可修改；保存后原续保提醒标记为已完成。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="480"/>
        <source>确认流失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/vehicle.py" line="480"/>
        <source>登记 {plate} 的保险已流失到 {insurer}？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vehicles</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="293"/>
        <source>非营运</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="294"/>
        <source>营运</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="296"/>
        <source>燃油</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="297"/>
        <source>新能源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="299"/>
        <source>交强险+商业险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="300"/>
        <source>交强险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="301"/>
        <source>商业险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="303"/>
        <source>已续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="304"/>
        <source>流失到其他保险公司</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>walk_in</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="134"/>
        <source>到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="135"/>
        <source>试驾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="136"/>
        <source>报价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/walk_in.py" line="30"/>
        <source>展厅</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>winback</name>
    <message>
        <location filename="../../dealerdesk/services/aftersales/winback.py" line="116"/>
        <source>客户编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/winback.py" line="117"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/winback.py" line="118"/>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="32"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/winback.py" line="119"/>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="33"/>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/winback.py" line="120"/>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="34"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/winback.py" line="121"/>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="35"/>
        <source>上次到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/winback.py" line="122"/>
        <source>未到店月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/winback.py" line="123"/>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="37"/>
        <source>保养应到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/winback.py" line="124"/>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="38"/>
        <source>客户类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/winback.py" line="125"/>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="39"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="26"/>
        <source>从未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="27"/>
        <source>{n} 个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="31"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="36"/>
        <source>未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="50"/>
        <source> 个月以上未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="51"/>
        <source>刷新(&amp;R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="52"/>
        <source>导出 CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="60"/>
        <source>保养已到期，且</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="82"/>
        <source>共 {n} 辆车（双击打开客户档案）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="87"/>
        <source>导出流失召回名单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="87"/>
        <source>流失召回名单.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="88"/>
        <source>CSV 文件 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="97"/>
        <source>导出完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/winback.py" line="97"/>
        <source>已导出 {n} 行到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../dealerdesk/ui/workers.py" line="107"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>worklist</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="166"/>
        <source>线索跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="167"/>
        <source>交车回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="168"/>
        <source>保养提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="169"/>
        <source>保险续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="170"/>
        <source>年检提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="171"/>
        <source>生日问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="172"/>
        <source>节日问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="173"/>
        <source>服务回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="174"/>
        <source>满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="175"/>
        <source>投诉处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="176"/>
        <source>预约确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="177"/>
        <source>约定联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="178"/>
        <source>大用户走访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="179"/>
        <source>营销外呼</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="183"/>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="184"/>
        <source>今日到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="185"/>
        <source>未来7天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="35"/>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="36"/>
        <source>岗位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="40"/>
        <source>合计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="41"/>
        <source>事项分布</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="52"/>
        <source>逾期 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="54"/>
        <source>已到期 {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="56"/>
        <source>今日 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="57"/>
        <source>{d} {w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="63"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="64"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="66"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="67"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="68"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="69"/>
        <source>应跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="70"/>
        <source>逾期时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="71"/>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

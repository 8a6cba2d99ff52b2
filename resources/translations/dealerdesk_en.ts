<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="27"/>
        <source>改期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="27"/>
        <source>新预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="31"/>
        <source>姓名、电话尾号、车牌…，回车查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="40"/>
        <source>例如：常规保养、刹车异响检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="42"/>
        <source>查找客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="43"/>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="46"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="44"/>
        <source>车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="47"/>
        <source>服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="48"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="49"/>
        <source>时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="51"/>
        <source>预约项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="83"/>
        <source>（不指定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="98"/>
        <source>{time}  余 {free}/{cap}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BirthdayEdit</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="301"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="302"/>
        <source>阳历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="303"/>
        <source>农历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="310"/>
        <source> 月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="311"/>
        <source>闰月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="314"/>
        <source> 日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="366"/>
        <source>生日不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelOrderDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="132"/>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="139"/>
        <source>退订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="134"/>
        <source>退订原因，如：资金问题、改买他店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="135"/>
        <source>退订原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="139"/>
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
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="30"/>
        <source>接车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="34"/>
        <source>姓名、电话尾号、车牌…，回车查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="41"/>
        <source> 公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="51"/>
        <source>客户原话，例如：刹车时有吱吱声</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="57"/>
        <source>查找客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="58"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="60"/>
        <source>预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="62"/>
        <source>车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="63"/>
        <source>服务类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="64"/>
        <source>进厂里程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="65"/>
        <source>油量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="66"/>
        <source>外观损伤</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="67"/>
        <source>随车物品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="68"/>
        <source>客户描述</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="70"/>
        <source>接车并开工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="90"/>
        <source>上次建议（客户未做）：{items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="96"/>
        <source>请选择车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/check_in.py" line="114"/>
        <source>里程低于历史记录</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefeatApprovalDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="68"/>
        <source>战败审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="74"/>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="111"/>
        <source>批准战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="75"/>
        <source>驳回…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="76"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="111"/>
        <source>批准 {name} 的战败？线索将关闭。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="121"/>
        <source>驳回战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="121"/>
        <source>驳回原因（顾问会看到）：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DefeatDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="30"/>
        <source>战败 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="32"/>
        <source>请选择…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="37"/>
        <source>所购/所选竞品的品牌和车型，如 丰田 凯美瑞</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="43"/>
        <source>战败原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="44"/>
        <source>竞品品牌/车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="45"/>
        <source>说明</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="47"/>
        <source>提交审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="47"/>
        <source>确定战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/defeat.py" line="48"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="98"/>
        <source>交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="105"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="106"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="107"/>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="108"/>
        <source>交车时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="123"/>
        <source>交车完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="123"/>
        <source>已登记车辆并转为基盘客户。交车回访应在 {due} 前完成。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EraseCustomerDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="26"/>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="37"/>
        <source>删除个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="27"/>
        <source>按客户本人要求（个人信息保护法）删除 {name} 的个人信息：姓名、电话、联系人、生日、地址、车辆的车主关联和车牌、所有检索键，以及记录和操作日志中出现的这些信息。
线索、订单、服务等统计数据匿名保留，月度报表不变。
此操作不能撤销。请输入客户姓名“{name}”以确认：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="33"/>
        <source>客户姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="41"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/privacy.py" line="64"/>
        <source>输入的姓名与客户姓名不一致</source>
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
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="129"/>
        <source>查找客户：姓名、拼音、电话尾号、车牌、车架号 (Ctrl+F)</source>
        <translation>Find customer: name, pinyin, phone tail, plate, VIN (Ctrl+F)</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="44"/>
        <location filename="../../dealerdesk/ui/help.py" line="127"/>
        <source>DealerDesk 帮助</source>
        <translation>DealerDesk Help</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="54"/>
        <source>上一页</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="58"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="61"/>
        <source>在帮助中查找… (Ctrl+F)</source>
        <translation>Find in help… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="72"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/help.py" line="85"/>
        <source>帮助文件缺失：%1</source>
        <translation>Help file missing: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="79"/>
        <source>导入客户资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="87"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="100"/>
        <source>请选择要导入的 Excel（.xlsx/.xls）或 CSV 文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="101"/>
        <source>选择文件…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="112"/>
        <source>工作表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="116"/>
        <source>列</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="120"/>
        <source>对应</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="122"/>
        <source>（不导入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="127"/>
        <source>重复客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="129"/>
        <source>跳过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="129"/>
        <source>更新</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="129"/>
        <source>新建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="140"/>
        <source>读取映射…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="140"/>
        <source>保存映射…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="145"/>
        <source>检查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="160"/>
        <source>返回修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="162"/>
        <source>保存错误行…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="164"/>
        <source>开始导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="175"/>
        <source>选择文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="176"/>
        <source>表格文件 (*.xlsx *.xls *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="198"/>
        <source>表头在第 {row} 行，共 {n} 行数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="225"/>
        <source>读取映射</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="225"/>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="232"/>
        <source>映射文件 (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="232"/>
        <source>保存映射</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="247"/>
        <source>检查结果（尚未写入）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="247"/>
        <source>导入完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="248"/>
        <source>{head}：共 {rows} 行，新建 {imported}，更新 {updated}，跳过 {skipped}，不能导入 {rejected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="252"/>
        <source>第{row}行：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="253"/>
        <source>提示 {rows}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="261"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="264"/>
        <source>保存错误行</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="264"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="284"/>
        <source>读取 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="284"/>
        <source>检查 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="285"/>
        <source>写入 %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="285"/>
        <source>建立索引…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/import_wizard.py" line="286"/>
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
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="38"/>
        <source>（未定）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="46"/>
        <source>未知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="47"/>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="50"/>
        <source>未定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="52"/>
        <source>考虑的竞品，如 丰田凯美瑞、本田雅阁</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="57"/>
        <source>（客户的顾问）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="65"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="66"/>
        <source>其他意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="67"/>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="68"/>
        <source>预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="69"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="70"/>
        <source>竞品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="71"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="72"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="73"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="80"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="80"/>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="80"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="80"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="86"/>
        <source>跟进与级别记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="90"/>
        <source>记录跟进 ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="91"/>
        <source>调整级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="92"/>
        <source>下单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="92"/>
        <source>交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="93"/>
        <source>退订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="93"/>
        <source>战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="102"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="103"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="114"/>
        <source>新建线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="115"/>
        <source>新建线索：首次跟进按级别自动安排（N 级按24小时规则）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="117"/>
        <source>线索 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="119"/>
        <source>{name} · {level} · {status} · 顾问 {owner} · 下次跟进 {next}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="130"/>
        <source>级别请用“调整级别”或记录跟进时修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="148"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/lead.py" line="150"/>
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
        <location filename="../../dealerdesk/ui/main_window.py" line="39"/>
        <source>DealerDesk 客户关系管理</source>
        <translation>DealerDesk CRM</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="98"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="101"/>
        <source>DealerDesk</source>
        <translation>DealerDesk</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="109"/>
        <source>查找客户</source>
        <translation>Find customer</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="115"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="116"/>
        <source>新建客户(&amp;N)…</source>
        <translation>&amp;New customer…</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="123"/>
        <source>导入客户(&amp;I)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="127"/>
        <source>导出(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="134"/>
        <source>数据库连接(&amp;D)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="139"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="143"/>
        <source>账户(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="144"/>
        <source>修改密码(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="147"/>
        <source>锁定(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="151"/>
        <source>注销 / 切换用户(&amp;O)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="154"/>
        <source>页面(&amp;V)</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="157"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="166"/>
        <location filename="../../dealerdesk/ui/main_window.py" line="295"/>
        <source>关于 DealerDesk</source>
        <translation>About DealerDesk</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="169"/>
        <source>关于 Qt</source>
        <translation>About Qt</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="179"/>
        <source>数据库：%1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="182"/>
        <source>用户：%1（%2）</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="198"/>
        <source>页面加载失败，详情见日志文件。</source>
        <translation>The page could not be loaded; see the log file for details.</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="271"/>
        <source>密码已修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="292"/>
        <source>客户：%1 位</source>
        <translation>Customers: %1</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/main_window.py" line="295"/>
        <source>&lt;b&gt;DealerDesk %1&lt;/b&gt;&lt;br&gt;汽车4S店客户关系管理（离线桌面版）&lt;br&gt;客户档案、潜客跟进、售后服务、投诉与回访、月度报表。</source>
        <translation>&lt;b&gt;DealerDesk %1&lt;/b&gt;&lt;br&gt;Offline desktop CRM for car dealerships&lt;br&gt;Customer profiles, lead follow-up, after-sales service, complaints and surveys, monthly reports.</translation>
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
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="36"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="40"/>
        <source>手机11位，座机加区号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="41"/>
        <source>可不填</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="51"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="56"/>
        <source>同意接收联系（个人信息保护法）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="57"/>
        <source>客户同意后才会有生日、节日问候和满意度回访提醒，并出现在营销名单中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="59"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="59"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="60"/>
        <source>备用电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="60"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="61"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="61"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="62"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="62"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="65"/>
        <source>车牌号、车架号用于查重；车辆请在保存后于档案的“车辆与服务”中登记。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="72"/>
        <source>打开已有客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="76"/>
        <source>保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="77"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="120"/>
        <source>无销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="124"/>
        <source>　【撞单：其他顾问的客户】</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="131"/>
        <source>该电话已登记为客户 {name}，可直接打开已有档案。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="133"/>
        <source>可能重复：请核对下列客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="135"/>
        <source> 注意撞单：有匹配客户属于其他销售顾问（{names}）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="151"/>
        <source>可能重复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="162"/>
        <source>这个电话已经属于已有客户，仍要新建一位客户吗？（建议打开已有档案）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/new_customer.py" line="168"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
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
        <translation>Show today's follow-ups</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="66"/>
        <source>关闭提示</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>NoticePopup</name>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="100"/>
        <source>查看</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="101"/>
        <source>知道了</source>
        <translation>Got it</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="67"/>
        <source>下单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="69"/>
        <source>（意向车型）{name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="77"/>
        <source> 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="84"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="85"/>
        <source>成交价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="86"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="72"/>
        <source>筛选：姓名、拼音、电话尾号、车牌、车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="75"/>
        <source>全部类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="77"/>
        <source>全部分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="79"/>
        <source>全部级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="79"/>
        <source>级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="80"/>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="48"/>
        <source>全部顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="81"/>
        <source>全部来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="83"/>
        <source>全部城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="84"/>
        <source>有逾期跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="85"/>
        <source>有未结投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="86"/>
        <source>含已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="89"/>
        <source>清除筛选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="140"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="142"/>
        <source>新建客户 (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="144"/>
        <source>删除/归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="146"/>
        <source>没有历史记录的客户被删除，有历史记录的客户被归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="166"/>
        <source>颜色说明：</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../dealerdesk/ui/pages/customers.py" line="214"/>
        <source>共 %n 位客户</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="281"/>
        <source>删除客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="282"/>
        <source>确定要删除客户“%1”吗？
有线索、车辆或转介绍记录的客户会被归档（可恢复），不会被删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="290"/>
        <source>已删除客户“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/customers.py" line="290"/>
        <source>客户“%1”有历史记录，已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/placeholder.py" line="23"/>
        <source>此功能即将推出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="99"/>
        <source>预约日历</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="100"/>
        <source>今日到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="101"/>
        <source>进度看板</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="102"/>
        <source>统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="136"/>
        <source>日视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="137"/>
        <source>周视图</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="144"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="144"/>
        <source>服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="149"/>
        <source>新预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="150"/>
        <source>改期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="151"/>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="274"/>
        <source>取消预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="152"/>
        <source>记为未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="169"/>
        <source>今天预约到店的客户；回车接车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="171"/>
        <source>接车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="172"/>
        <source>散客接车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="188"/>
        <source>红色：已过承诺完工时间；回车打开工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="191"/>
        <source>更改状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="192"/>
        <source>打开工单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="193"/>
        <source>交车结算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="203"/>
        <source>今日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="203"/>
        <source>本月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="206"/>
        <source>工单数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="206"/>
        <source>营业额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="207"/>
        <source>平均客单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="207"/>
        <source>增项 同意/拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="208"/>
        <source>按时完工率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="208"/>
        <source>预约未到店率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="274"/>
        <source>取消 {name} {at} 的预约吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="281"/>
        <source>未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reception.py" line="281"/>
        <source>把 {name} 的预约记为未到店吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="68"/>
        <source>生成月度汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="69"/>
        <source>另存为 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="70"/>
        <source>打印…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="71"/>
        <source>打开所在文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="76"/>
        <source>月份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="114"/>
        <source>未找到 pdftoppm：请在打开的 PDF 查看器中打印</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="126"/>
        <source>正在生成 %1 月度汇总…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="140"/>
        <source>生成失败：%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="155"/>
        <source>未安装 pdftoppm，无法在程序内预览；已用系统查看器打开 PDF。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="157"/>
        <source>%1 月度汇总：%2 页</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="164"/>
        <source>另存为 PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="165"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/reports.py" line="168"/>
        <source>已保存到 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="91"/>
        <source>角色权限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="93"/>
        <source>保存设置 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="96"/>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="97"/>
        <source>放弃尚未保存的修改，恢复为已保存的设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="99"/>
        <source>有尚未保存的修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="117"/>
        <source>只有经理可以修改业务设置，您可以查看。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="127"/>
        <source>各角色能做的操作（✓ 可以，— 不可以），由程序规定，不能在此修改。销售顾问只能查看和修改自己负责的客户与线索（见“隐私”页的设置）；客户的负责销售只能由经理重新分配线索时更换；停用的用户不能做任何操作。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="141"/>
        <source>建议 x（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="141"/>
        <source>逾期 y（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="142"/>
        <source>各级别跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="152"/>
        <source>各车型月订单目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="154"/>
        <source>车型目录中还没有在售车型。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="156"/>
        <source>开机时自动启动到托盘（本机，Windows）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="161"/>
        <source>仅在 Windows 上可用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="274"/>
        <source>有 {n} 项设置的值不对，请按提示修改后再保存。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="280"/>
        <source>已保存 {n} 项设置；新的跟进按新设置安排。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="292"/>
        <source>已恢复为保存的设置。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="42"/>
        <source>今日跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="77"/>
        <source>打开客户 (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="78"/>
        <source>记录跟进 ({k})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="79"/>
        <source>线索 (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="80"/>
        <source>暂缓 (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="81"/>
        <source>改派 (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="82"/>
        <source>刷新 (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="92"/>
        <source>今天没有需要跟进的客户 🎉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="117"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="122"/>
        <source>战败审批 ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="182"/>
        <source>1 小时后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="183"/>
        <source>今天下午 (14:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="184"/>
        <source>明天上午 (09:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="185"/>
        <source>3 天后</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/worklist.py" line="231"/>
        <source>暂缓</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneListEdit</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="223"/>
        <source>添加电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="224"/>
        <source>删除所选</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="283"/>
        <source>第{n}个电话：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneListModel</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="183"/>
        <source>电话（第一个为主号码）</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileWindow</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="67"/>
        <source>基本资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="69"/>
        <source>线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="70"/>
        <source>级别变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="71"/>
        <source>线索与级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="73"/>
        <source>互动记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="74"/>
        <source>车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="75"/>
        <source>服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="76"/>
        <source>车辆与服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="77"/>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="79"/>
        <source>购车记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="78"/>
        <source>订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="80"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="81"/>
        <source>满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="82"/>
        <source>投诉与调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="83"/>
        <source>分类与评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="84"/>
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="85"/>
        <source>撤销修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="86"/>
        <source>合并重复客户…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="87"/>
        <source>删除…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="88"/>
        <source>打印档案 (Ctrl+P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="147"/>
        <source>显示号码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="148"/>
        <source>显示完整的电话号码（会记入操作日志）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="166"/>
        <source>负责销售由经理在“今日跟进”页重新分配线索时更换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="167"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="172"/>
        <source>同意接收联系（个人信息保护法）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="178"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="178"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="178"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="179"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="179"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="179"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="180"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="180"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="180"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="181"/>
        <source>职业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="181"/>
        <source>收入水平</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="182"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="182"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="182"/>
        <source>需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="183"/>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="183"/>
        <source>介绍人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="286"/>
        <source>（无电话）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="291"/>
        <source>类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="292"/>
        <source>分级：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="293"/>
        <source>销售顾问：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="294"/>
        <source>最近活动：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="297"/>
        <source>此客户已合并到 #{id}，档案只读</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="299"/>
        <source>此客户已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="306"/>
        <source>暂无评分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="309"/>
        <source>价值分 {total}　分级：{tier}　类别：{category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="313"/>
        <source>（按当前数据估算，尚未保存）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="315"/>
        <source>分类依据：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="330"/>
        <source>客户档案 — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="352"/>
        <source>有填写不正确的项目，请按红字提示修改后再保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="368"/>
        <source>客户资料已被他人修改：您填写的内容仍在，核对后可再次保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="369"/>
        <source>客户资料已被他人修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="371"/>
        <source>无法保存</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="389"/>
        <source>未保存的修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="389"/>
        <source>客户 {name} 的修改还没有保存，要保存吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="411"/>
        <source>删除客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="411"/>
        <source>确定删除客户 {name}？有历史记录的客户会被归档而不是删除。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="418"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="419"/>
        <source>客户 {name} 有历史记录，已归档（可在客户列表中查看已归档客户）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="428"/>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="433"/>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="436"/>
        <source>合并重复客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="428"/>
        <source>输入另一位客户的姓名、电话或车牌：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="433"/>
        <source>没有找到匹配的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile.py" line="436"/>
        <source>选择要并入本客户的记录：</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickNewCustomerDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="93"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="101"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="102"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="103"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="104"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="113"/>
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
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="40"/>
        <source>报价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="43"/>
        <source>加入报价(&amp;A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="48"/>
        <source>确认人（客户或其代表）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="49"/>
        <source>客户确认报价(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="50"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="54"/>
        <source>预计完工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="63"/>
        <source>增项（维修中发现）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="66"/>
        <source>增项内容，例如：更换前刹车片</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="68"/>
        <source>加一行(&amp;L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="70"/>
        <source>提交增项报价(&amp;E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="76"/>
        <source>答复人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="77"/>
        <source>客户同意(&amp;Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="78"/>
        <source>客户拒绝(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="86"/>
        <source>待答复增项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="96"/>
        <source>关闭</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="97"/>
        <source>打印工单(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="129"/>
        <source>工单 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="130"/>
        <source>{number}　{customer}　{plate}　{status}　进厂 {km:,} 公里　{complaint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="144"/>
        <source>已确认：{who} {at:%m-%d %H:%M}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="145"/>
        <source>待客户确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="146"/>
        <source>报价合计 ¥{total:,.2f}（{state}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="172"/>
        <source>本次增项 {n} 行：{names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/repair_order.py" line="196"/>
        <source>保存工单 PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPopup</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="65"/>
        <source>没有找到“%1”</source>
        <translation>Nothing found for “%1”</translation>
    </message>
</context>
<context>
    <name>SettleDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="28"/>
        <source>交车结算 {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="42"/>
        <source>结算后打印结算单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="45"/>
        <source>优惠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="46"/>
        <source>优惠原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="47"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="48"/>
        <source>结算并交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="50"/>
        <source>实际金额与报价对比（含客户同意的增项）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="64"/>
        <source>报价 ¥{q:,.2f}　实际 ¥{f:,.2f}　差额 {d:+,.2f}　应付 ¥{p:,.2f}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="69"/>
        <source>交车结算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="69"/>
        <source>结算后工单不能再修改，确定结算吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/settle.py" line="88"/>
        <source>保存结算单 PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="167"/>
        <source>正在读取待跟进…</source>
        <translation>Reading due follow-ups…</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="171"/>
        <source>打开 DealerDesk</source>
        <translation>Open DealerDesk</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="172"/>
        <source>今日跟进</source>
        <translation>Today's follow-ups</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="173"/>
        <source>暂停提醒</source>
        <translation>Pause reminders</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="174"/>
        <source>15 分钟</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="175"/>
        <source>1 小时</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="176"/>
        <source>到明天</source>
        <translation>Until tomorrow</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="177"/>
        <source>恢复提醒</source>
        <translation>Resume reminders</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="180"/>
        <source>退出</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="206"/>
        <source>DealerDesk 跟进提醒</source>
        <translation>DealerDesk follow-up reminders</translation>
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
        <location filename="../../dealerdesk/ui/tray.py" line="220"/>
        <source> 等 {n} 项</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="221"/>
        <source>到期：{names}{more}</source>
        <translation>Due: {names}{more}</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="226"/>
        <source>今日待跟进 {due} 项 · 逾期 {overdue} 项</source>
        <translation>{due} due today · {overdue} overdue</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="228"/>
        <source>（提醒已暂停到 {t}）</source>
        <translation>(reminders paused until {t})</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/tray.py" line="298"/>
        <source>DealerDesk 仍在托盘运行，到期的跟进会在这里提醒。</source>
        <translation>DealerDesk is still running in the tray; due follow-ups will be announced here.</translation>
    </message>
    <message>
        <source>早上好！今日待跟进 {due} 项，逾期 {overdue} 项。</source>
        <translation type="vanished">Good morning! {due} follow-ups due today, {overdue} overdue.</translation>
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
    <name>_LeadActionDialog</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/order.py" line="33"/>
        <source>取消</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../dealerdesk/app.py" line="138"/>
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/app.py" line="138"/>
        <source>操作没有完成：</source>
        <translation>The operation did not complete: </translation>
    </message>
    <message>
        <location filename="../../dealerdesk/app.py" line="157"/>
        <source>演示门店</source>
        <translation>Demo store</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/app.py" line="157"/>
        <source>正在生成演示数据，请稍候……</source>
        <translation>Generating demo data, please wait…</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/app.py" line="238"/>
        <location filename="../../dealerdesk/app.py" line="243"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/app.py" line="243"/>
        <source>无法访问数据库文件：</source>
        <translation>Cannot access the database file: </translation>
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
        <location filename="../../dealerdesk/ui/pages/audit.py" line="38"/>
        <source>只有经理和系统管理员可以查看操作日志。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="44"/>
        <source>客户编号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="46"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="56"/>
        <source>查询(&amp;Q)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="58"/>
        <source>导出(&amp;E)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="65"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="65"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="65"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="89"/>
        <source>全部用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="91"/>
        <source>全部操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="94"/>
        <source>（无）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="123"/>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="126"/>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="133"/>
        <source>导出操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/audit.py" line="133"/>
        <source>已导出 {n} 条到 {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>audit_action</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="320"/>
        <source>新建客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="321"/>
        <source>修改客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="322"/>
        <source>删除客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="323"/>
        <source>归档客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="324"/>
        <source>取消归档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="325"/>
        <source>合并客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="326"/>
        <source>撤销合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="327"/>
        <source>打印客户档案</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="328"/>
        <source>导出客户全部信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="329"/>
        <source>删除客户个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="330"/>
        <source>重新计算分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="331"/>
        <source>新建线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="332"/>
        <source>修改线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="333"/>
        <source>调整级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="334"/>
        <source>记录跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="335"/>
        <source>下订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="336"/>
        <source>线索交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="337"/>
        <source>订单退订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="338"/>
        <source>提交战败申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="339"/>
        <source>记为战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="340"/>
        <source>批准战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="341"/>
        <source>驳回战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="342"/>
        <source>转交线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="343"/>
        <source>推迟跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="344"/>
        <source>新建车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="345"/>
        <source>修改车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="346"/>
        <source>车辆过户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="347"/>
        <source>新建服务记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="348"/>
        <source>新建投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="349"/>
        <source>投诉状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="350"/>
        <source>投诉升级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="351"/>
        <source>新建回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="352"/>
        <source>提醒完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="353"/>
        <source>推迟提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="354"/>
        <source>忽略提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="355"/>
        <source>生成提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="356"/>
        <source>预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="357"/>
        <source>改约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="358"/>
        <source>取消预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="359"/>
        <source>未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="360"/>
        <source>接车开单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="361"/>
        <source>添加工单项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="362"/>
        <source>删除工单项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="363"/>
        <source>承诺交车时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="364"/>
        <source>客户确认报价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="365"/>
        <source>提出增项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="366"/>
        <source>增项答复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="367"/>
        <source>结算项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="368"/>
        <source>工单状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="369"/>
        <source>结算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="370"/>
        <source>保存项目目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="371"/>
        <source>修改设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="372"/>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="373"/>
        <source>停用用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="374"/>
        <source>修改本人密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="375"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="376"/>
        <source>更改角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="377"/>
        <source>创建首个管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="378"/>
        <source>登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="379"/>
        <source>登录失败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="380"/>
        <source>越权被拒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="381"/>
        <source>查看完整电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="382"/>
        <source>导出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="383"/>
        <source>导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="384"/>
        <source>备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="385"/>
        <source>恢复</source>
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
    <name>categories</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="174"/>
        <source>高价值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="175"/>
        <source>潜在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="176"/>
        <source>一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="177"/>
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
        <location filename="../../dealerdesk/domain/classify.py" line="158"/>
        <source>购车次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="159"/>
        <source>{n} 次购车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="160"/>
        <source>近3年消费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="161"/>
        <source>{yuan} 元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="162"/>
        <source>近12个月进厂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="163"/>
        <source>{n} 次进厂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="167"/>
        <source>收入水平</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="169"/>
        <source>收入水平 {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="170"/>
        <source>转介绍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="171"/>
        <source>介绍 {n} 位客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="172"/>
        <source>在跟线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="174"/>
        <source>线索级别 {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="182"/>
        <source>满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="184"/>
        <location filename="../../dealerdesk/domain/classify.py" line="187"/>
        <location filename="../../dealerdesk/domain/classify.py" line="190"/>
        <source>最近调查：{code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="185"/>
        <source>复购可能性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="188"/>
        <source>推荐意愿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="194"/>
        <source>未结投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="195"/>
        <source>{n} 件未结投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="214"/>
        <source>{months}个月内无购车、保养或到店记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="221"/>
        <source>{on} 战败（已购他店/竞品），之后未回厂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="227"/>
        <source>价值分 {total}（高档），已购车 {n} 次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="231"/>
        <source>有在跟线索（{level} 级），尚未购车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="233"/>
        <source>价值分 {total}，购车与进厂频次一般</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="45"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="44"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="46"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="91"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="94"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="48"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="16"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="27"/>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="16"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="47"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="48"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="45"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="49"/>
        <source>接收时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="50"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="46"/>
        <source>下次跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="51"/>
        <source>预算(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="52"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="84"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="90"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="53"/>
        <source>竞品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="54"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="59"/>
        <location filename="../../dealerdesk/ui/models/columns/audit.py" line="24"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="12"/>
        <source>时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="55"/>
        <source>线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="56"/>
        <source>级别变化</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="57"/>
        <source>操作人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="58"/>
        <source>原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="60"/>
        <source>方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="61"/>
        <source>人员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="62"/>
        <source>地点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="63"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="80"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="97"/>
        <source>内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="64"/>
        <source>结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="65"/>
        <source>下一步</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="66"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="75"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="86"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="49"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="67"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="68"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="82"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="88"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="69"/>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="70"/>
        <source>上牌日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="71"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="77"/>
        <source>里程(公里)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="72"/>
        <source>交强险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="73"/>
        <source>商业险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="74"/>
        <source>日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="76"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="38"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="78"/>
        <source>金额(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="79"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="15"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="26"/>
        <source>服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="81"/>
        <source>购车日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="83"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="89"/>
        <source>价格(元)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="85"/>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="93"/>
        <source>渠道</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="87"/>
        <source>下单时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="92"/>
        <source>受理时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="95"/>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="96"/>
        <source>处理期限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="98"/>
        <source>调查时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="99"/>
        <source>总体满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="100"/>
        <source>复购可能性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="101"/>
        <source>推荐意愿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="102"/>
        <source>意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="103"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="37"/>
        <source>项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="104"/>
        <source>得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="105"/>
        <source>满分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/dialogs/profile_tabs.py" line="106"/>
        <source>依据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/audit.py" line="23"/>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="55"/>
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
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="36"/>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="12"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="37"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="38"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="40"/>
        <source>分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="42"/>
        <source>分值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="50"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="51"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="53"/>
        <source>最近活动</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="13"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="25"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="14"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="24"/>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="18"/>
        <source>预约项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="19"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="23"/>
        <source>工单号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="29"/>
        <source>接车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="30"/>
        <source>承诺完工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="31"/>
        <source>待答复增项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="32"/>
        <source>提示</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="39"/>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="50"/>
        <source>名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="40"/>
        <source>数量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="41"/>
        <source>单价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="42"/>
        <source>报价金额</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="43"/>
        <source>增项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="44"/>
        <source>客户意见</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="51"/>
        <source>报价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="52"/>
        <source>实际</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="53"/>
        <source>差额</source>
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
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="14"/>
        <source>技师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="19"/>
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
        <location filename="../../dealerdesk/ui/widgets/customer_picker.py" line="31"/>
        <source>姓名、电话、车牌，回车查找</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_picker.py" line="66"/>
        <source>请先查找并选择客户</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>complaint_categories</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="220"/>
        <source>维修质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="221"/>
        <source>服务态度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="222"/>
        <source>价格收费</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="223"/>
        <source>等待时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="224"/>
        <source>产品质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="225"/>
        <source>销售过程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="226"/>
        <source>其他</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>complaint_status</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="213"/>
        <source>待处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="214"/>
        <source>处理中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="215"/>
        <source>已解决</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="216"/>
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
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="53"/>
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
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="108"/>
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
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="36"/>
        <source>未结（待处理/处理中）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="37"/>
        <source>全部</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="44"/>
        <source>受理投诉(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="50"/>
        <source>重新处理</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="109"/>
        <source>如何解决的、客户是否认可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="114"/>
        <source>关闭投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="114"/>
        <source>确认客户已认可处理结果并关闭此投诉？关闭后不能再修改。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="126"/>
        <source>新增调查(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="157"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/complaints.py" line="158"/>
        <source>满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>customer_actions</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="73"/>
        <source>电话：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="74"/>
        <source>类别：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="74"/>
        <source>分级：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="75"/>
        <source>销售顾问：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="76"/>
        <source>城市：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="77"/>
        <source>车辆：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/customer_actions.py" line="78"/>
        <source>客户档案</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>customer_kinds</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="187"/>
        <source>个人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="188"/>
        <source>大客户</source>
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
    <name>errors</name>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="81"/>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="410"/>
        <source>“中”档的起点不能高于“高”档的起点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/classify.py" line="148"/>
        <source>未知的选项 {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="57"/>
        <source>月份格式应为 YYYY-MM：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="59"/>
        <source>设置项 {key} 的值 {value} 无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="197"/>
        <source>新线索的级别只能是 N、C、B、A 或 H，不能是 {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="207"/>
        <source>已退订的线索不能再改级别，请为客户新建一条线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="210"/>
        <source>已交车的线索不能再改级别，再次购车请新建线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="212"/>
        <source>线索级别不能从 {old} 改为 {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="224"/>
        <source>请选择战败原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/levels.py" line="226"/>
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
        <location filename="../../dealerdesk/domain/parse.py" line="22"/>
        <source>日期看不懂：{value}（可写成 2024-01-05、2024/1/5、2024年1月5日 或 20240105）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/parse.py" line="23"/>
        <source>日期不存在：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/parse.py" line="24"/>
        <source>性别只能填 男/女（或 M/F）：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/parse.py" line="25"/>
        <source>客户级别应为 H、A、B、C、N、O、D、T 之一：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="90"/>
        <source>{role}不能{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="91"/>
        <source>用户 {who} 已停用，不能再操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="92"/>
        <source>客户 {name} 不是您负责的，{role}只能{action}自己的客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="93"/>
        <source>这条线索由 {owner} 负责，{role}不能{action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="94"/>
        <source>客户的负责销售只能由经理通过“重新分配线索”更换</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reception.py" line="89"/>
        <source>{at} 不在车间营业时间内（{open}–{close}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reception.py" line="113"/>
        <source>金额 {value} 无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reception.py" line="153"/>
        <source>优惠金额 {discount} 应在 0 到 {total} 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reminders.py" line="193"/>
        <source>未知的保险类型 {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reminders.py" line="233"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="123"/>
        <source>未知的车辆用途 {use}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/reminders.py" line="270"/>
        <source>未知的回访类型 {after}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="331"/>
        <source>“{label}”应为 {low} 到 {high} 之间的整数，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="346"/>
        <source>“{label}”应为 00:00 到 23:59 之间的时间，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="350"/>
        <source>“{label}”只能是“是”或“否”，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="354"/>
        <source>“{label}”应为不超过 {n} 个字的一行文字</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="358"/>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="365"/>
        <source>“{label}”没有 {value} 这个选项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="362"/>
        <source>“{label}”应为不重复的选项列表，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="369"/>
        <source>“{label}”应为用顿号分隔的整数，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="372"/>
        <source>“{label}”至少要填一个数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="376"/>
        <source>“{label}”应为两个天数：建议天数和逾期天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="379"/>
        <source>“{label}”：建议天数 {low} 不能大于逾期天数 {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="384"/>
        <source>“{label}”应为每一项各自的分数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="390"/>
        <source>未知的设置项 {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="417"/>
        <source>“车间下班时间”必须晚于“车间上班时间”</source>
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
        <location filename="../../dealerdesk/services/accounts.py" line="24"/>
        <source>登录名或密码不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="75"/>
        <source>登录失败次数过多，请 {seconds} 秒后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="86"/>
        <source>用户 {login} 已停用，请联系系统管理员</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="120"/>
        <source>此数据库已有系统管理员，请用管理员账号登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="137"/>
        <source>请填写登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="139"/>
        <source>登录名最多 40 个字符，且不能有空格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="145"/>
        <source>未知的角色：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="152"/>
        <location filename="../../dealerdesk/services/accounts.py" line="240"/>
        <location filename="../../dealerdesk/services/auth.py" line="179"/>
        <location filename="../../dealerdesk/services/sales/due.py" line="35"/>
        <source>没有用户 {login}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="160"/>
        <source>{login} 是唯一的系统管理员，不能停用或改为其他角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="171"/>
        <source>请填写姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="176"/>
        <source>登录名 {login} 已被使用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="197"/>
        <source>不能停用自己的账号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="236"/>
        <source>请先登录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="243"/>
        <source>当前密码不正确</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/accounts.py" line="246"/>
        <source>新密码不能与当前密码相同</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="99"/>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="188"/>
        <source>找不到投诉 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="151"/>
        <source>请填写投诉内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="153"/>
        <source>受理时间不能晚于现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="155"/>
        <source>未知的受理渠道 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="157"/>
        <source>未知的投诉类别 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="162"/>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="93"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="132"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="216"/>
        <location filename="../../dealerdesk/services/auth.py" line="133"/>
        <location filename="../../dealerdesk/services/customers/merge.py" line="101"/>
        <location filename="../../dealerdesk/services/customers/privacy.py" line="109"/>
        <location filename="../../dealerdesk/services/customers/records.py" line="204"/>
        <location filename="../../dealerdesk/services/reception/orders.py" line="203"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="169"/>
        <source>找不到客户 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="165"/>
        <source>所选负责人不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="191"/>
        <source>投诉状态不能从“{old}”改为“{new}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/complaints.py" line="201"/>
        <source>请填写处理结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="309"/>
        <source>未知的范围 {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="337"/>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="346"/>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="127"/>
        <source>找不到提醒 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="348"/>
        <source>该提醒已处理（{status}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="378"/>
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
        <location filename="../../dealerdesk/services/reception/orders.py" line="191"/>
        <source>未知的服务类型 {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="112"/>
        <source>服务日期不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="114"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="128"/>
        <location filename="../../dealerdesk/services/reception/orders.py" line="187"/>
        <source>里程不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="117"/>
        <source>所选服务顾问不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="121"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="233"/>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="332"/>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="135"/>
        <location filename="../../dealerdesk/services/reception/orders.py" line="198"/>
        <source>找不到车辆 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="125"/>
        <location filename="../../dealerdesk/services/reception/orders.py" line="215"/>
        <source>里程 {km} 公里低于上次记录的 {last_km} 公里（{last_on}），确认仪表已更换或读数无误吗？</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="68"/>
        <source>请选择{label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="96"/>
        <source>找不到服务记录 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="98"/>
        <source>找不到交车记录 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="121"/>
        <source>请至少填写车牌号或车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="125"/>
        <source>未知的能源类型 {energy}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="130"/>
        <source>座位数应在1到60之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="134"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="98"/>
        <source>所选车型不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="149"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="139"/>
        <source>车架号 {vin} 已登记在另一辆车上</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="185"/>
        <source>车辆 {plate} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="214"/>
        <source>新车主与原车主相同</source>
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
        <location filename="../../dealerdesk/services/customers/listing.py" line="191"/>
        <source>不能按 {key} 排序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="162"/>
        <source>不能把客户与自己合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="165"/>
        <source>未知的合并字段：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="167"/>
        <source>字段 {value} 只能取两位客户之一的值</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="172"/>
        <source>客户 {name} 已被合并过，不能再合并</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="245"/>
        <source>找不到合并记录 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="248"/>
        <source>合并记录 {id} 已撤销过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="255"/>
        <source>合并后客户 {name} 又被修改过，无法自动撤销</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/privacy.py" line="207"/>
        <source>客户 {id} 的个人信息已于 {at} 删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/privacy.py" line="210"/>
        <source>输入的姓名与客户姓名不一致，未删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="69"/>
        <source>性别只能是男或女</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="71"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="178"/>
        <source>未知的来源渠道：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="73"/>
        <source>未知的收入水平：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="76"/>
        <source>生日不能晚于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="81"/>
        <source>农历生日应为1–12月、1–30日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="84"/>
        <source>邮箱格式不对：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="86"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="181"/>
        <source>所选销售顾问不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="88"/>
        <source>所选介绍人不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="135"/>
        <source>客户不能是自己的介绍人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="138"/>
        <source>客户 {name} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/passwords.py" line="39"/>
        <source>密码至少需要 {n} 个字符</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/_common.py" line="25"/>
        <source>请选择服务顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/_common.py" line="32"/>
        <location filename="../../dealerdesk/services/reception/orders.py" line="425"/>
        <source>找不到工单 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/_common.py" line="34"/>
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
        <location filename="../../dealerdesk/services/reception/appointments.py" line="154"/>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="235"/>
        <source>找不到预约 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="156"/>
        <source>这个预约已是“{status}”状态，不能再改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="206"/>
        <source>预约时间 {at} 还没到，不能记为未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/catalogue.py" line="49"/>
        <source>请填写编码和名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/catalogue.py" line="51"/>
        <location filename="../../dealerdesk/services/reception/orders.py" line="247"/>
        <source>未知的项目类型 {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/catalogue.py" line="56"/>
        <source>编码 {code} 已存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="189"/>
        <source>油量应在 0 到 100% 之间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="201"/>
        <source>请选择送修客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="210"/>
        <source>这个预约不能接车（不存在或已处理）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="243"/>
        <location filename="../../dealerdesk/services/reception/orders.py" line="277"/>
        <location filename="../../dealerdesk/services/reception/orders.py" line="380"/>
        <source>找不到项目 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="249"/>
        <source>请填写项目名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="253"/>
        <source>数量须大于 0，单价不能为负</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="265"/>
        <source>报价已确认，新项目请作为增项报价</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="280"/>
        <source>客户已确认的项目不能删除</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="293"/>
        <source>预计完工时间不能早于接车时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="305"/>
        <source>请填写确认报价的人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="309"/>
        <source>报价已确认过</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="312"/>
        <source>报价里还没有项目</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="314"/>
        <source>请填写预计完工时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="332"/>
        <source>请填写增项内容和至少一行配件或工时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="336"/>
        <source>报价还没确认，直接加入报价即可</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="353"/>
        <source>请选择客户答复的方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="355"/>
        <source>请填写答复的人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="363"/>
        <source>没有待确认的增项 {group}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="376"/>
        <source>数量和单价不能为负</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="394"/>
        <source>不能手动改为这个状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="400"/>
        <source>客户还没确认报价，不能开工</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/orders.py" line="403"/>
        <source>还有增项等客户答复，不能交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/settlement.py" line="69"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="96"/>
        <source>请选择付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/settlement.py" line="74"/>
        <source>车辆还没完工待交车，不能结算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/settlement.py" line="78"/>
        <source>有优惠时请填写优惠原因</source>
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
        <location filename="../../dealerdesk/services/sales/due.py" line="32"/>
        <source>销售顾问只能查看自己的跟进清单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="163"/>
        <source>内容太长（最多 {limit} 个字）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="171"/>
        <source>所选意向车型不存在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="173"/>
        <source>预算不能为负数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="175"/>
        <source>未知的付款方式：{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="231"/>
        <source>线索 {id} </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="250"/>
        <source>请填写调整级别的原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="253"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="301"/>
        <source>下单、交车、退订请使用对应的操作</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="281"/>
        <source>请选择联系方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="285"/>
        <source>请填写跟进内容</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="287"/>
        <source>下次跟进日期不能早于今天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="324"/>
        <location filename="../../dealerdesk/services/sales/worklist.py" line="102"/>
        <source>暂缓时间应晚于现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="328"/>
        <source>找不到待办的跟进 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="85"/>
        <source>这条线索没有未交车的订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="94"/>
        <source>请填写成交价格</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="128"/>
        <source>交车时间不能晚于现在</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="130"/>
        <source>车辆用途、能源或座位数无效</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="136"/>
        <source>只有已订车（O 级）的线索才能交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="175"/>
        <source>请填写退订原因</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="210"/>
        <source>只有跟进中的 N/C/B/A/H 线索可以申请战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="228"/>
        <source>这条线索没有待审批的战败申请</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="250"/>
        <source>驳回时请写明原因，顾问会看到</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="274"/>
        <source>请选择接手的销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="277"/>
        <source>请先选择要转交的线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/worklist.py" line="106"/>
        <source>找不到待办的提醒 {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/export.py" line="42"/>
        <source>不能导出 {kind}：可导出 customers、leads、services、reminders、marketing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/export.py" line="43"/>
        <source>导出文件应以 .xlsx 或 .csv 结尾：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="72"/>
        <source>映射文件 {path} 不对：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="163"/>
        <source>找不到“姓名”列：请在列对应中指定哪一列是姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="164"/>
        <source>找不到手机号、车架号或车牌号列：至少要有其中一列才能导入</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/importer.py" line="46"/>
        <source>重复处理方式应为 update、skip 或 create，不能是 {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/read.py" line="25"/>
        <source>无法读取文件 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/read.py" line="26"/>
        <source>不支持的文件类型 {suffix}：请用 .xlsx、.xls 或 .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/read.py" line="27"/>
        <source>CSV 文件的编码无法识别（支持 UTF-8 和 GBK/GB18030）：{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/xlsx.py" line="26"/>
        <source>工作簿里没有名为“{sheet}”的工作表（有：{sheets}）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/xlsx.py" line="27"/>
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
        <location filename="../../dealerdesk/store/backup.py" line="164"/>
        <source>找不到文件 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="166"/>
        <location filename="../../dealerdesk/store/db.py" line="235"/>
        <source>{path} 不是 DealerDesk 数据库文件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="182"/>
        <source>备份文件 {path} 已损坏（{problem}），未恢复，当前数据库保持不变</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="185"/>
        <source>{path} 不是 DealerDesk 备份（表结构不同），未恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="188"/>
        <source>备份 {path} 来自更新版本的 DealerDesk（数据库版本 {found}，本程序支持 {supported}），请先升级程序</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="209"/>
        <source>另一个备份或恢复正在 {folder} 中进行，请稍后再试</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="286"/>
        <source>数据库已损坏（{problem}），没有备份；之前的备份保持不变，请从最近的好备份恢复</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="305"/>
        <source>备份副本校验失败（{reason}），没有写入 {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="332"/>
        <source>备份没有写入 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/backup.py" line="416"/>
        <source>数据库正被其他电脑或程序使用，未恢复；请先关闭它们的 DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="60"/>
        <source>数据库正忙：另一个程序或另一台电脑正在写入（例如导入），请稍后再试。您填写的内容没有丢失。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="90"/>
        <source>数据库 {path} 在网络共享上（{where}）。SQLite 数据库文件只能放在本机磁盘上，几台电脑共用同一个文件会损坏数据。几台电脑共用客户资料请使用共享库模式（PostgreSQL）：dealerdesk --db postgresql://用户@服务器/数据库，见运维手册 docs/operations.md「几台电脑共用」一节。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="190"/>
        <source>不支持的数据库地址 {url}（可用：文件路径或 postgresql://…）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="237"/>
        <location filename="../../dealerdesk/store/db.py" line="445"/>
        <location filename="../../dealerdesk/store/move.py" line="57"/>
        <source>找不到数据库 {path}（用 dealerdesk migrate 新建，或打开程序时自动创建）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="249"/>
        <location filename="../../dealerdesk/store/db.py" line="254"/>
        <location filename="../../dealerdesk/store/db.py" line="460"/>
        <location filename="../../dealerdesk/store/move.py" line="65"/>
        <source>无法读取数据库 {path}：{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="259"/>
        <location filename="../../dealerdesk/store/db.py" line="452"/>
        <location filename="../../dealerdesk/store/move.py" line="69"/>
        <source>{path} 不是 DealerDesk 数据库（表结构不同）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="263"/>
        <source>{path} 是空数据库（用 dealerdesk migrate 初始化）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="269"/>
        <source>数据库版本 {found} 比本程序支持的版本 {supported} 新，请升级 DealerDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/store/db.py" line="276"/>
        <source>数据库需要升级（版本 {found} → {supported}），请运行 dealerdesk migrate</source>
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
        <location filename="../../dealerdesk/ui/dialogs/appointment.py" line="112"/>
        <source>这一天没有可约的时段</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/messages.py" line="18"/>
        <source>意外错误：{kind}: {text}</source>
        <translation>Unexpected error: {kind}: {text}</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/messages.py" line="23"/>
        <source>操作未完成</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="166"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="166"/>
        <source>车牌</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="167"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="167"/>
        <source>车型名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="168"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="213"/>
        <source>颜色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="168"/>
        <source>上牌日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="169"/>
        <source>交车日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="169"/>
        <source>里程</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="170"/>
        <source>座位数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="170"/>
        <source>使用性质</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="171"/>
        <source>能源类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="172"/>
        <source>交强险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/vehicles.py" line="173"/>
        <source>商业险到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="158"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="158"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="159"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="159"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="160"/>
        <source>生日类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="161"/>
        <source>农历生日月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="162"/>
        <source>农历生日日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="163"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="163"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="164"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="164"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="165"/>
        <source>职业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="165"/>
        <source>收入水平</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="166"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="215"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="166"/>
        <location filename="../../dealerdesk/services/sales/leads.py" line="215"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="167"/>
        <source>需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="167"/>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="168"/>
        <source>同意联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="168"/>
        <source>介绍人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/records.py" line="169"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="212"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="212"/>
        <source>其他车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="213"/>
        <source>预算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="214"/>
        <source>付款方式</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="214"/>
        <source>竞品</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/fields.py" line="125"/>
        <source>如 粤B12345</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flags</name>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="23"/>
        <source>跟进逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="25"/>
        <source>投诉超期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="27"/>
        <source>投诉未结</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="29"/>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/customers.py" line="31"/>
        <source>已归档</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>genders</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="191"/>
        <source>男</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="191"/>
        <source>女</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>history</name>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="202"/>
        <source>新建线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="396"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="108"/>
        <source>下单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="397"/>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="152"/>
        <source>交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="398"/>
        <source>退订</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="399"/>
        <source>申请战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="400"/>
        <source>战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="401"/>
        <source>经理批准战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="402"/>
        <source>经理驳回战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/leads.py" line="403"/>
        <source>转给其他顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/sales/outcomes.py" line="299"/>
        <source>线索由 {old} 转给 {new}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>holidays</name>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="24"/>
        <source>元旦</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="25"/>
        <source>劳动节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="26"/>
        <source>国庆节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="30"/>
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
        <source>端午节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/holidays.py" line="33"/>
        <source>中秋节</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="18"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="19"/>
        <source>手机</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="20"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="21"/>
        <source>车架号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="22"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="23"/>
        <source>购车日期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="24"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="25"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="26"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="27"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="28"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="29"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="30"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="31"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="32"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="33"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="34"/>
        <source>职业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/transfer/fields.py" line="35"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>income</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="195"/>
        <source>低</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="196"/>
        <source>中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="197"/>
        <source>高</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="198"/>
        <source>很高</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kpi</name>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="178"/>
        <source>集客</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="178"/>
        <source>本月接收的线索数（按线索接收时间）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="179"/>
        <source>留档</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="179"/>
        <source>本月集客中，客户有姓名且有有效电话的线索数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="181"/>
        <source>到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="182"/>
        <source>本月有到店或试驾记录的线索数（试驾即到店；同一线索只算一次）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="184"/>
        <source>试驾</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="184"/>
        <source>本月有试驾记录的线索数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="185"/>
        <source>订单</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="185"/>
        <source>本月下单的订单数（含之后退订的）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="186"/>
        <source>交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="186"/>
        <source>本月交车数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="187"/>
        <source>战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="187"/>
        <source>本月关闭为战败的线索数（按关闭时间）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="188"/>
        <source>到店率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="188"/>
        <source>本月集客中本月到店的线索数 ÷ 集客。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="189"/>
        <source>试驾率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="189"/>
        <source>试驾线索数 ÷ 到店线索数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="190"/>
        <source>成交率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="190"/>
        <source>订单数 ÷ 到店线索数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="191"/>
        <source>战败率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="191"/>
        <source>战败数 ÷（订单数 + 战败数）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="193"/>
        <source>跟进达标率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="194"/>
        <source>本月应跟进（建议时间在本月、未取消）的跟进中，在逾期前完成的比例，按顾问。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="197"/>
        <source>在跟线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="198"/>
        <source>月末仍在跟进的线索数（月末前接收、月末时未关闭），按当前负责人。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="201"/>
        <source>月度盘点</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="202"/>
        <source>月初 0 点各意向车型 H/A、B/C、D 级线索数；级别按级别变更记录还原到该时刻，已战败或退订的不计。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="208"/>
        <source>目标推算用的历史比率</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="209"/>
        <source>前 N 个月（设置 kpi.history_months）按车型：集客成交率 = 订单 ÷ 集客；H/A 成交率 = 订单 ÷ 新进入 H/A 的线索数；B/C 转化率 = B/C→H/A 的线索数 ÷（期初 B/C + 期内新进入 B/C）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="216"/>
        <source>目标推算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="217"/>
        <source>订单目标（设置 target.&lt;车型&gt;）先由月初 H/A 按 H/A 成交率完成；差额 ÷ H/A 成交率 = 新增 H/A 目标，其中月初 B/C × B/C 转化率可提供的部分为 B/C 转 H/A 目标；仍差的订单 ÷ 集客成交率 = 集客目标。每周一核对累计进度与按天折算的目标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="224"/>
        <source>热点客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="224"/>
        <source>打印时级别为 H 或 A 的在跟线索，按下次跟进时间排序。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="226"/>
        <source>投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="227"/>
        <source>收到 = 本月接收；解决 = 本月解决，平均解决时长按这些投诉计算（小时）；逾期 = 月末未解决且已过解决期限。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="233"/>
        <source>满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="234"/>
        <source>本月完成的满意度调查的分布；满意率 = 非常满意 + 满意 的比例。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="237"/>
        <source>客户类别与分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="238"/>
        <source>打印时未归档客户按类别（高价值/潜在/一般/流失）与价值分级（高/中/低）的人数。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="241"/>
        <source>环比 / 同比</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/kpi.py" line="242"/>
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
        <translation>New lead</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="65"/>
        <source>初步意向</source>
        <translation>Early interest</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="66"/>
        <source>比较车型</source>
        <translation>Comparing models</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="67"/>
        <source>意向明确</source>
        <translation>Clear intent</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="68"/>
        <source>热点</source>
        <translation>Hot</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="69"/>
        <source>已订车</source>
        <translation>Ordered</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="70"/>
        <source>已交车</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="71"/>
        <source>退订</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>merge</name>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="51"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="51"/>
        <source>类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="52"/>
        <source>性别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="52"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="53"/>
        <source>邮箱</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="53"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="54"/>
        <source>城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="54"/>
        <source>地址</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="55"/>
        <source>职业</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="55"/>
        <source>收入水平</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="56"/>
        <source>来源</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="56"/>
        <source>销售顾问</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="57"/>
        <source>需求</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="57"/>
        <source>标签</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="58"/>
        <source>同意联系</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/customers/merge.py" line="58"/>
        <source>介绍人</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nav</name>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="12"/>
        <source>客户</source>
        <translation>Customers</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="13"/>
        <source>今日跟进</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="14"/>
        <source>售后服务</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="15"/>
        <source>服务接待</source>
        <translation>Reception</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="16"/>
        <source>投诉与回访</source>
        <translation>Complaints &amp; surveys</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="17"/>
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/__init__.py" line="18"/>
        <source>设置</source>
        <translation>Settings</translation>
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
        <source>处理提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="56"/>
        <source>查看线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="57"/>
        <source>登记和修改线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="58"/>
        <source>记录跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="59"/>
        <source>调整线索级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="60"/>
        <source>登记订单、交车、退订和战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="61"/>
        <source>重新分配线索</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="62"/>
        <source>审批战败</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="63"/>
        <source>查看车辆</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="64"/>
        <source>查看维修保养记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="65"/>
        <source>登记车辆和维修保养记录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="66"/>
        <source>查看预约、工单和接待统计</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="67"/>
        <source>预约和改约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="68"/>
        <source>接车、开工单和结算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="69"/>
        <source>维护配件工时目录</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="70"/>
        <source>查看投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="71"/>
        <source>受理和处理投诉</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="72"/>
        <source>查看满意度回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="73"/>
        <source>做满意度回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="74"/>
        <source>生成月度汇总</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="75"/>
        <source>修改业务设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="76"/>
        <source>导入客户资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="77"/>
        <source>导出客户资料</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="78"/>
        <source>查看操作日志</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="79"/>
        <source>导出客户本人的个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="80"/>
        <source>删除客户本人的个人信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="81"/>
        <source>修改系统设置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="82"/>
        <source>管理用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="83"/>
        <source>备份数据</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/permissions.py" line="84"/>
        <source>恢复备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/auth.py" line="150"/>
        <source>修改</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/auth.py" line="151"/>
        <source>查看</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/permissions.py" line="23"/>
        <source>类别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/permissions.py" line="24"/>
        <source>操作</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <location filename="../../dealerdesk/services/customers/privacy.py" line="57"/>
        <source>已删除客户</source>
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
    <name>reception</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="270"/>
        <source>已预约</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="271"/>
        <source>已到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="272"/>
        <source>未到店</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="273"/>
        <source>已取消</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="277"/>
        <source>等待维修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="278"/>
        <source>维修中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="279"/>
        <source>等待配件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="280"/>
        <source>质检中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="281"/>
        <source>待交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="282"/>
        <source>已交车</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="286"/>
        <source>保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="287"/>
        <source>维修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="288"/>
        <source>索赔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="289"/>
        <source>事故/保险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="292"/>
        <source>配件</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="292"/>
        <source>工时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="295"/>
        <source>待客户确认</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="296"/>
        <source>已同意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="297"/>
        <source>已拒绝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="301"/>
        <source>当面</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="302"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="303"/>
        <source>微信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="304"/>
        <source>短信</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="308"/>
        <source>现金</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="309"/>
        <source>银行卡</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="310"/>
        <source>微信支付</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="311"/>
        <source>支付宝</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="312"/>
        <source>厂家索赔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="313"/>
        <source>保险理赔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/reception.py" line="33"/>
        <source>已超时</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminder_kinds</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="136"/>
        <source>跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="137"/>
        <source>交车回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="138"/>
        <source>保养到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="139"/>
        <source>交强险续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="140"/>
        <source>商业险续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="141"/>
        <source>年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="142"/>
        <source>生日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="143"/>
        <source>节日问候</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="144"/>
        <source>服务回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="145"/>
        <source>满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="146"/>
        <source>投诉处理时限</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="147"/>
        <source>预约确认电话</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>reminders</name>
    <message>
        <location filename="../../dealerdesk/services/aftersales/reminders.py" line="363"/>
        <source>提醒已完成</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/service_records.py" line="150"/>
        <source>已进厂保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="107"/>
        <source>已完成调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/reception/appointments.py" line="144"/>
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
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="90"/>
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
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="90"/>
        <source>负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="35"/>
        <source>联系结果，例如：已电话联系，客户预约下周六保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="36"/>
        <source>备注</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="42"/>
        <source>稍后提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="49"/>
        <source>提醒时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="69"/>
        <source>全部类型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="73"/>
        <source>全部负责人</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="74"/>
        <source>我的</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="82"/>
        <source>完成(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="83"/>
        <source>稍后提醒(&amp;S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="84"/>
        <source>忽略(&amp;X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="90"/>
        <source>范围</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="115"/>
        <source>共 {n} 条</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="137"/>
        <source>完成提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="153"/>
        <source>忽略提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/reminders_view.py" line="153"/>
        <source>确定忽略这条提醒吗？忽略后不会再次出现。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="202"/>
        <source>前台</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="203"/>
        <source>销售顾问</source>
        <translation>Sales consultant</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="204"/>
        <source>服务顾问</source>
        <translation>Service advisor</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="205"/>
        <source>经理</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="206"/>
        <source>系统管理员</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>search</name>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="25"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="26"/>
        <source>拼音</source>
        <translation>Pinyin</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="27"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="28"/>
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="29"/>
        <source>车架号</source>
        <translation>VIN</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="31"/>
        <source>完全匹配</source>
        <translation>exact</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="31"/>
        <source>开头匹配</source>
        <translation>prefix</translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/widgets/search_box.py" line="32"/>
        <source>包含</source>
        <translation>contains</translation>
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
        <location filename="../../dealerdesk/ui/pages/service.py" line="31"/>
        <source>车牌号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="31"/>
        <source>车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="32"/>
        <source>车主</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="32"/>
        <source>（未登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="33"/>
        <source>匹配</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="54"/>
        <source>车辆信息</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="71"/>
        <source>（校验位不符，请核对）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="75"/>
        <source>（车主未登记）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="82"/>
        <source>暂无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="84"/>
        <source>无</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="99"/>
        <source>车牌（可只输部分）、车架号后6位、电话或姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="111"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="186"/>
        <source>服务历史</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="112"/>
        <source>新增服务记录(&amp;N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="113"/>
        <source>过户(&amp;T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="114"/>
        <source>客户档案(&amp;P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="123"/>
        <source>查找结果</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="143"/>
        <source>查找车辆：</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="185"/>
        <source>服务历史（{n} 条，最新在前）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="216"/>
        <source>车辆查询</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="217"/>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="218"/>
        <source>生成全店提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="219"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="244"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="247"/>
        <source>重新计算客户分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="234"/>
        <source>正在处理，请稍候…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="238"/>
        <location filename="../../dealerdesk/ui/pages/service.py" line="240"/>
        <source>生成提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="240"/>
        <source>已检查 {n} 位客户，新增 {c} 条提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/service.py" line="247"/>
        <source>已计算 {n} 位客户，{c} 位的分级有变化。</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>service_kinds</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="230"/>
        <source>保养</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="231"/>
        <source>维修</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="232"/>
        <source>保险</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="233"/>
        <source>续保</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="234"/>
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
        <location filename="../../dealerdesk/domain/settings_spec.py" line="43"/>
        <source>跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="44"/>
        <source>提醒</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="45"/>
        <source>客户分级</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="46"/>
        <source>接待</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="47"/>
        <source>报表</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="48"/>
        <source>通知</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="49"/>
        <source>门店与系统</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="50"/>
        <source>隐私</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="96"/>
        <source>天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="96"/>
        <source>小时</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="96"/>
        <source>个月</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="97"/>
        <source>公里</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="97"/>
        <source>元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="97"/>
        <source>分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="103"/>
        <source>上次联系后第 x 天建议跟进，超过第 y 天算逾期（x 不能大于 y）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="113"/>
        <source>C 级跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="114"/>
        <source>B 级跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="115"/>
        <source>A 级跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="116"/>
        <source>H 级跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="117"/>
        <source>O 级跟进节奏</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="118"/>
        <source>上午/下午分界</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="119"/>
        <source>N 级新线索在这个钟点之前到店算“上午来的”。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="120"/>
        <source>上午来的：当天下午几点跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="121"/>
        <source>上午到店的新线索，当天这个钟点建议跟进。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="122"/>
        <source>上午来的：几点算逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="123"/>
        <source>上午到店的新线索，当天过了这个钟点还没跟进算逾期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="124"/>
        <source>下午来的：次日几点跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="125"/>
        <source>下午到店的新线索，次日这个钟点建议跟进。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="126"/>
        <source>下午来的：次日几点算逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="127"/>
        <source>下午到店的新线索，次日过了这个钟点还没跟进算逾期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="128"/>
        <source>上班时间（建议跟进的钟点）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="129"/>
        <source>按天计算的跟进建议在当天这个钟点出现在工作台。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="130"/>
        <source>交车后回访时限（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="131"/>
        <source>交车后多少小时内要打回访电话（D 级）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="132"/>
        <source>战败需经理审批</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="133"/>
        <source>勾选后，顾问申请战败要等经理批准才关闭线索。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="135"/>
        <source>首保时间（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="136"/>
        <source>交车后多少个月做首次保养。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="137"/>
        <source>首保里程（公里）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="138"/>
        <source>行驶多少公里做首次保养（先到者为准）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="139"/>
        <source>保养间隔时间（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="140"/>
        <source>两次保养之间最多隔多少个月。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="141"/>
        <source>保养间隔里程（公里）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="142"/>
        <source>两次保养之间最多行驶多少公里。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="143"/>
        <source>无里程记录时按每天公里数估算</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="144"/>
        <source>车辆没有里程记录时，按每天行驶这么多公里估算下次保养。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="145"/>
        <source>保养提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="146"/>
        <source>保养到期前多少天开始提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="147"/>
        <source>续保提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="148"/>
        <source>保险到期前多少天开始提醒续保。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="149"/>
        <source>年检提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="150"/>
        <source>年检到期前多少天开始提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="151"/>
        <source>私家车免检规则适用的最多座位数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="152"/>
        <source>座位数不超过这个数的非营运车辆按私家车年检规则。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="153"/>
        <source>私家车上线检测的年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="154"/>
        <source>私家车在注册后第几年要上线检测，用逗号或顿号分隔，例如 6、10。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="155"/>
        <source>私家车网上领标的年份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="156"/>
        <source>私家车在注册后第几年网上申领检验标志，用逗号或顿号分隔，例如 2、4、8。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="157"/>
        <source>私家车几年后每年年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="158"/>
        <source>私家车注册满这么多年后每年检验一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="158"/>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="160"/>
        <source>年</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="159"/>
        <source>营运车辆前几年每年年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="160"/>
        <source>营运车辆注册后前几年每年检验一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="161"/>
        <source>营运车辆之后每几个月年检</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="162"/>
        <source>营运车辆过了每年检验的年份后，每隔多少个月检验一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="163"/>
        <source>其他车辆年检间隔（月）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="164"/>
        <source>不属于私家车和营运车辆的车辆每隔多少个月检验一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="165"/>
        <source>生日提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="166"/>
        <source>客户生日（含农历生日）前多少天提醒问候。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="167"/>
        <source>节日提前提醒天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="168"/>
        <source>节日前多少天提醒发送问候。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="169"/>
        <source>发送问候的节日</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="170"/>
        <source>哪些节日提醒给客户发送问候。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="171"/>
        <source>服务后几天回访</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="172"/>
        <source>保养或维修后第几天打回访电话。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="173"/>
        <source>服务回访宽限天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="174"/>
        <source>服务回访到期后再过多少天算逾期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="175"/>
        <source>服务后几天做满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="176"/>
        <source>保养或维修后第几天做满意度调查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="177"/>
        <source>交车后几天做满意度调查</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="178"/>
        <source>交车后第几天做满意度调查。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="179"/>
        <source>满意度调查宽限天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="180"/>
        <source>满意度调查到期后再过多少天算逾期。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="181"/>
        <source>投诉首次响应时限（小时）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="182"/>
        <source>收到投诉后多少小时内要首次联系客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="183"/>
        <source>投诉解决时限（天）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="184"/>
        <source>收到投诉后多少天内要解决。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="186"/>
        <source>每次购车得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="186"/>
        <source>客户每买一辆车加多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="187"/>
        <source>购车次数最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="187"/>
        <source>购车次数这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="188"/>
        <source>消费金额最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="188"/>
        <source>近 3 年消费金额这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="190"/>
        <source>消费满分金额（元，近3年）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="191"/>
        <source>近 3 年消费达到这个金额得消费金额满分，不足按比例。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="192"/>
        <source>每次进厂得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="192"/>
        <source>近 12 个月每进厂一次加多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="194"/>
        <source>近12个月进厂最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="194"/>
        <source>进厂次数这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="196"/>
        <source>收入水平得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="197"/>
        <source>客户每个收入水平得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="198"/>
        <source>收入水平最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="198"/>
        <source>收入水平这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="200"/>
        <source>每次转介绍得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="200"/>
        <source>客户每介绍一位新客户加多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="202"/>
        <source>转介绍最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="202"/>
        <source>转介绍这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="203"/>
        <source>意向级别得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="204"/>
        <source>客户在跟线索的最高意向级别得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="205"/>
        <source>意向级别最高分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="205"/>
        <source>意向级别这一项最多得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="208"/>
        <source>满意度得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="208"/>
        <source>最近一次满意度调查的总体评价得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="209"/>
        <source>复购可能性得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="210"/>
        <source>最近一次调查的复购可能性得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="211"/>
        <source>推荐意愿得分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="212"/>
        <source>最近一次调查的推荐意愿得多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="213"/>
        <source>每个未结投诉扣分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="213"/>
        <source>客户每有一个未结投诉扣多少分。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="215"/>
        <source>高分级最低分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="215"/>
        <source>价值分达到这个分数的客户分为“高”档。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="217"/>
        <source>中分级最低分</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="218"/>
        <source>价值分达到这个分数的客户分为“中”档；不能高于“高”档的起点。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="219"/>
        <source>多少个月无购车/保养/到店算流失</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="220"/>
        <source>客户这么多个月没有购车、保养或到店，归为流失客户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="221"/>
        <source>高价值客户至少购车次数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="222"/>
        <source>高价值客户至少要在本店买过几辆车。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="222"/>
        <source>次</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="224"/>
        <source>预约时段长度（分钟）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="224"/>
        <source>每个预约时段多少分钟。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="225"/>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="257"/>
        <source>分钟</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="226"/>
        <source>每个预约时段可接车数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="227"/>
        <source>每位服务顾问在每个时段最多接几台车。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="227"/>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="287"/>
        <source>台</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="228"/>
        <source>车间上班时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="228"/>
        <source>第一个预约时段从这个钟点开始。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="229"/>
        <source>车间下班时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="230"/>
        <source>最后一个预约时段在这个钟点之前结束；必须晚于上班时间。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="231"/>
        <source>预约确认电话提前天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="232"/>
        <source>预约前几天打确认电话。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="233"/>
        <source>工单号前缀</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="234"/>
        <source>工单号开头的字母，例如 WO 得到 WO2026-00001。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="236"/>
        <source>目标测算参考的历史月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="237"/>
        <source>推算新增 H/A 与线索目标时参考前几个月的成交率。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="238"/>
        <source>月报热点客户最多列出</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="239"/>
        <source>月报里热点客户名单最多列出多少位（总数总会印出）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="239"/>
        <source>位</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="240"/>
        <source>月报趋势图月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="240"/>
        <source>月报趋势图显示多少个月。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="242"/>
        <source>免打扰开始</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="243"/>
        <source>从这个钟点起托盘不弹出提醒（攒到免打扰结束再提醒）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="244"/>
        <source>免打扰结束</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="244"/>
        <source>到这个钟点恢复提醒；与开始相同表示不设免打扰。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="245"/>
        <source>关闭窗口时留在托盘</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="246"/>
        <source>关闭主窗口时程序留在系统托盘继续提醒。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="248"/>
        <source>门店名称</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="248"/>
        <source>印在报表和工单抬头上的门店名称。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="250"/>
        <source>门店标志图片路径</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="250"/>
        <source>印在报表和工单上的标志图片（PNG/JPG）的路径，可不填。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="252"/>
        <source>门店所在城市</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="252"/>
        <source>门店所在的城市，可不填。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="253"/>
        <source>界面语言</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="253"/>
        <source>程序界面使用的语言。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="255"/>
        <source>无操作自动锁定</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="256"/>
        <source>多少分钟没有操作就锁定窗口，需重新输入密码；0 表示不锁定。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="259"/>
        <source>备份文件夹</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="260"/>
        <source>自动备份写到这个文件夹，可以是 U 盘或另一台电脑的共享文件夹；不填则用数据目录下的 backups。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="262"/>
        <source>每天自动备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="263"/>
        <source>每天第一次打开程序时在后台备份数据库。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="264"/>
        <source>退出时备份</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="265"/>
        <source>退出程序时再备份一次。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="266"/>
        <source>保留每日备份天数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="267"/>
        <source>保留最近这么多天的备份（每天保留最新的一份），更早的删除（每月备份另算）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="269"/>
        <source>保留每月备份月数</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="270"/>
        <source>最近这么多个月，每月再保留最新的一份备份；0 表示不保留每月备份。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="275"/>
        <source>电话打码的角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="276"/>
        <source>这些角色在列表、档案、搜索结果、导出和命令行中看到的客户电话中间四位显示为 *，需要时可点“显示号码”查看（记入操作日志）。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="278"/>
        <source>销售顾问可查看全部客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="279"/>
        <source>不勾选时，销售顾问只能看到自己负责的客户和线索；勾选后可查看全部客户和线索，但仍只能修改自己的。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="285"/>
        <source>月订单目标</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/settings_spec.py" line="286"/>
        <source>每个车型本月的订单目标（台），月报据此推算新增 H/A 与线索目标；0 表示不设目标。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/settings.py" line="55"/>
        <source>未填</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sources</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="164"/>
        <source>展厅</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="165"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="166"/>
        <source>网络</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="167"/>
        <source>车展</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="168"/>
        <source>转介绍</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="169"/>
        <source>老客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="170"/>
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
    <name>survey</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="238"/>
        <source>非常满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="239"/>
        <source>满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="240"/>
        <source>一般</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="241"/>
        <source>不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="242"/>
        <source>非常不满意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="248"/>
        <source>非常愿意</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="249"/>
        <source>可能</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="250"/>
        <source>不会</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="254"/>
        <source>电话</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="255"/>
        <source>短信/微信链接</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="256"/>
        <source>纸质问卷</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="257"/>
        <source>店内</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="73"/>
        <source>总体满意度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="73"/>
        <source>产品质量</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="74"/>
        <source>服务态度</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="74"/>
        <source>售后服务</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="75"/>
        <source>复购可能性</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="75"/>
        <source>推荐意愿</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/services/aftersales/surveys.py" line="76"/>
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
    <name>tiers</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="181"/>
        <source>高</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="182"/>
        <source>中</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="183"/>
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
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="15"/>
        <source>是</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="17"/>
        <source>在用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/users.py" line="18"/>
        <source>已停用</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="43"/>
        <source>新建用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="50"/>
        <location filename="../../dealerdesk/ui/pages/users.py" line="78"/>
        <source>同时是技师</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="53"/>
        <source>登录名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="53"/>
        <source>姓名</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="54"/>
        <location filename="../../dealerdesk/ui/pages/users.py" line="83"/>
        <source>角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="56"/>
        <source>创建</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="76"/>
        <source>修改角色</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="82"/>
        <location filename="../../dealerdesk/ui/pages/users.py" line="102"/>
        <source>用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="99"/>
        <source>重置密码</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="104"/>
        <source>把新密码当面告诉本人，并请他登录后在“账户 → 修改密码”里改成自己的密码。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="106"/>
        <source>重置</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="124"/>
        <source>只有系统管理员可以管理用户。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="128"/>
        <source>新建用户(&amp;N)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="129"/>
        <source>修改角色(&amp;R)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="130"/>
        <source>重置密码(&amp;P)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="131"/>
        <source>停用(&amp;D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="141"/>
        <source>停用的用户不能再登录，他名下的客户和记录保留。</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="191"/>
        <source>停用用户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/pages/users.py" line="191"/>
        <source>停用 %1（%2）后他将不能登录。确定停用吗？</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vehicles</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="260"/>
        <source>非营运</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="261"/>
        <source>营运</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="263"/>
        <source>燃油</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="264"/>
        <source>新能源</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <location filename="../../dealerdesk/ui/workers.py" line="107"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>worklist</name>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="155"/>
        <source>逾期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="156"/>
        <source>今日到期</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/domain/labels.py" line="157"/>
        <source>未来7天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="23"/>
        <source>逾期 {n} 天</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="25"/>
        <source>已到期 {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="27"/>
        <source>今日 {t}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="28"/>
        <source>{d} 周{w}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="34"/>
        <source>状态</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="35"/>
        <source>客户</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="37"/>
        <source>级别</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="38"/>
        <source>事项</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="39"/>
        <source>意向车型</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="40"/>
        <source>应跟进</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="41"/>
        <source>逾期时间</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../dealerdesk/ui/models/columns/sales.py" line="42"/>
        <source>顾问</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

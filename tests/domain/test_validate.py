"""Table tests of dealerdesk.domain.validate: accept lists, reject lists, and what the clerk is told."""
from __future__ import annotations

import pytest

from dealerdesk.domain.errors import DealerDeskError, InvalidInput
from dealerdesk.domain.validate import (
    is_mobile,
    normalize_email,
    normalize_name,
    normalize_phone,
    normalize_plate,
    normalize_vin,
    to_halfwidth,
    vin_check_digit,
    vin_check_digit_ok,
)


def test_invalid_input_is_a_value_error():
    assert issubclass(InvalidInput, ValueError)
    assert issubclass(InvalidInput, DealerDeskError)
    with pytest.raises(ValueError):
        normalize_phone("abc")


# --------------------------------------------------------------------------- to_halfwidth

@pytest.mark.parametrize("text, expected", [
    ("１３８", "138"),
    ("ＡＢＣｘｙｚ", "ABCxyz"),
    ("（０１０）", "(010)"),
    ("－＋．＠", "-+.@"),
    ("\u3000a\u3000", " a "),
    ("粤Ｂ·１２", "粤B·12"),  # Chinese characters and the middle dot stay
    ("", ""),
])
def test_to_halfwidth(text, expected):
    assert to_halfwidth(text) == expected


def test_to_halfwidth_covers_the_whole_block():
    full = "".join(chr(c) for c in range(0xFF01, 0xFF5F))
    assert to_halfwidth(full) == "".join(chr(c) for c in range(0x21, 0x7F))


# --------------------------------------------------------------------------- phone

@pytest.mark.parametrize("text, expected", [
    ("13812345678", "13812345678"),
    ("138 1234 5678", "13812345678"),
    ("138-1234-5678", "13812345678"),
    ("138.1234.5678", "13812345678"),
    ("(138)12345678", "13812345678"),
    ("  13812345678  ", "13812345678"),
    ("+86 138 1234 5678", "13812345678"),
    ("+86-13812345678", "13812345678"),
    ("0086 13812345678", "13812345678"),
    ("8613812345678", "13812345678"),
    ("013812345678", "13812345678"),          # trunk 0 dialled before a mobile
    ("１３８１２３４５６７８", "13812345678"),
    ("１３８－１２３４－５６７８", "13812345678"),
    ("＋８６　１３８１２３４５６７８", "13812345678"),
    ("19912345678", "19912345678"),
    ("010-62345678", "010-62345678"),
    ("01062345678", "010-62345678"),
    ("(010)62345678", "010-62345678"),
    ("（010）62345678", "010-62345678"),
    ("010 6234 5678", "010-62345678"),
    ("+86 10 62345678", "010-62345678"),
    ("+86 (0)10 62345678", "010-62345678"),
    ("0086-10-62345678", "010-62345678"),
    ("0755-12345678", "0755-12345678"),
    ("0755 8765 4321", "0755-87654321"),
    ("+86 755 87654321", "0755-87654321"),
    ("021-6234567", "021-6234567"),            # 7-digit local number
    ("0571-88888888", "0571-88888888"),
    ("０２０－８１２３４５６７", "020-81234567"),
])
def test_normalize_phone_accepts(text, expected):
    assert normalize_phone(text) == expected


@pytest.mark.parametrize("text, fragment", [
    ("", "请输入电话号码"),
    ("   ", "请输入电话号码"),
    ("+86", "请输入电话号码"),
    ("0000", "以1开头"),
    ("1381234567", "少了1位"),
    ("138123", "少了5位"),
    ("138123456789", "多了1位"),
    ("12812345678", "第二位应为3–9"),
    ("10812345678", "第二位应为3–9"),
    ("138abcd5678", "不能有字母"),
    ("abc", "不能有字母"),
    ("23812345678", "以1开头"),
    ("62345678", "请加区号"),
    ("011-62345678", "区号"),
    ("000-62345678", "区号"),
    ("010-623456", "7–8位"),
    ("010-623456789", "7–8位"),
    ("0755-0755123", "不能以0开头"),
    ("010-62345678 转 123", "分机"),
    ("010-62345678-ext.12", "分机"),
    ("010-62345678#12", "分机"),
    ("010-62345678-123", "分机"),
    ("(0755)87654321-8001", "分机"),
    ("+1 202 555 0123", "+86"),
    ("+44 20 7946 0958", "+86"),
])
def test_normalize_phone_rejects(text, fragment):
    with pytest.raises(InvalidInput) as info:
        normalize_phone(text)
    assert info.value.field == "phone"
    assert fragment in str(info.value)


def test_phone_message_names_the_input_and_the_rule():
    with pytest.raises(InvalidInput) as info:
        normalize_phone("1381234567")
    message = str(info.value)
    assert "手机号应为11位数字，以1开头" in message
    assert "1381234567" in message
    assert info.value.template != message  # template + params, translatable
    assert info.value.params["value"] == "1381234567"


@pytest.mark.parametrize("value, expected", [
    ("13812345678", True),
    ("19912345678", True),
    ("010-62345678", False),
    ("12812345678", False),
    ("1381234567", False),
    ("", False),
])
def test_is_mobile(value, expected):
    assert is_mobile(value) is expected


def test_normalize_phone_is_idempotent():
    for text in ("+86 138 1234 5678", "(010)62345678", "+86 755 87654321"):
        once = normalize_phone(text)
        assert normalize_phone(once) == once


# --------------------------------------------------------------------------- VIN

@pytest.mark.parametrize("text, expected", [
    ("1M8GDM9AXKP042788", "1M8GDM9AXKP042788"),
    ("1m8gdm9axkp042788", "1M8GDM9AXKP042788"),
    ("1M8 GDM9 AXKP 042788", "1M8GDM9AXKP042788"),
    ("1M8-GDM9A-XKP042788", "1M8GDM9AXKP042788"),
    ("１Ｍ８ＧＤＭ９ＡＸＫＰ０４２７８８", "1M8GDM9AXKP042788"),
    ("LSVAA2180E2012345", "LSVAA2180E2012345"),   # wrong check digit: still accepted
    ("11111111111111111", "11111111111111111"),
])
def test_normalize_vin_accepts(text, expected):
    assert normalize_vin(text) == expected


@pytest.mark.parametrize("text, fragments", [
    ("", ["请输入车架号"]),
    ("1M8GDM9AXKP04278", ["应为17位", "16位"]),
    ("1M8GDM9AXKP0427888", ["应为17位", "18位"]),
    ("1M8GDM9AXKP0427O8", ["I、O、Q", "第16位", "O"]),
    ("IM8GDM9AXKP042788", ["I、O、Q", "第1位", "I"]),
    ("1M8GDM9AXKP04278Q", ["I、O、Q", "第17位"]),
    ("1M8GDM9AXKP04278!", ["只能包含字母和数字", "第17位", "!"]),
    ("1M8GDM9A车KP042788", ["只能包含字母和数字", "第9位"]),
])
def test_normalize_vin_rejects(text, fragments):
    with pytest.raises(InvalidInput) as info:
        normalize_vin(text)
    assert info.value.field == "vin"
    for fragment in fragments:
        assert fragment in str(info.value)


@pytest.mark.parametrize("vin, ok", [
    ("1M8GDM9AXKP042788", True),     # the textbook example: check digit X
    ("11111111111111111", True),
    ("1HGCM82633A004352", True),
    ("1M8GDM9A1KP042788", False),
    ("LSVAA2180E2012345", False),
    ("1m8gdm9axkp042788", True),      # normalised first
    ("short", False),                 # malformed: False, no exception
    ("", False),
])
def test_vin_check_digit_ok(vin, ok):
    assert vin_check_digit_ok(vin) is ok


def test_vin_check_digit_computes_and_repairs():
    assert vin_check_digit("1M8GDM9A0KP042788") == "X"
    assert vin_check_digit("1HGCM82603A004352") == "3"
    body = "LSVAA2180E2012345"
    digit = vin_check_digit(body)
    fixed = body[:8] + digit + body[9:]
    assert vin_check_digit_ok(fixed)
    with pytest.raises(InvalidInput):
        vin_check_digit("TOO-SHORT")


# --------------------------------------------------------------------------- plate

@pytest.mark.parametrize("text, expected", [
    ("粤B12345", "粤B12345"),
    ("粤b12345", "粤B12345"),
    ("粤B 12345", "粤B12345"),
    ("粤B·12345", "粤B12345"),
    ("粤B.12345", "粤B12345"),
    ("粤B-12345", "粤B12345"),
    ("粤Ｂ１２３４５", "粤B12345"),
    (" 京A·Z8X9Y ", "京AZ8X9Y"),
    ("苏E·A12B3", "苏EA12B3"),
    ("京A1234警", "京A1234警"),
    ("粤Z1234港", "粤Z1234港"),
    ("粤Z1234澳", "粤Z1234澳"),
    ("沪A1234领", "沪A1234领"),
    ("鲁B1234学", "鲁B1234学"),
    ("冀A1234挂", "冀A1234挂"),
    ("粤BD12345", "粤BD12345"),     # small new-energy, battery electric
    ("粤BF12345", "粤BF12345"),     # small new-energy, other
    ("沪ADA1234", "沪ADA1234"),
    ("粤B12345D", "粤B12345D"),     # large new-energy
    ("粤B12345F", "粤B12345F"),
    ("使014578", "使014578"),
    ("使·014·578", "使014578"),
])
def test_normalize_plate_accepts(text, expected):
    assert normalize_plate(text) == expected


@pytest.mark.parametrize("text, fragment", [
    ("", "请输入车牌号"),
    ("B12345", "省份简称"),
    ("港B12345", "省份简称"),
    ("粤112345", "第二位应为字母"),
    ("粤I12345", "第二位应为字母"),
    ("粤BI2345", "I、O"),
    ("粤B1234O", "I、O"),
    ("粤B1234", "应为7位"),
    ("粤B123456789", "应为7位"),
    ("粤B123456", "新能源"),
    ("粤BX12345", "新能源"),
    ("粤B1234DD", "新能源"),
    ("沪AD1A234", "新能源"),        # small new-energy: the last four must be digits
    ("粤B12学45", "第5位"),
    ("粤B1234!", "第7位"),
    ("粤B1234警5", "第7位"),
    ("使01457", "使馆"),
])
def test_normalize_plate_rejects(text, fragment):
    with pytest.raises(InvalidInput) as info:
        normalize_plate(text)
    assert info.value.field == "plate"
    assert fragment in str(info.value)


# --------------------------------------------------------------------------- name

@pytest.mark.parametrize("text, expected", [
    ("张三", "张三"),
    ("  张三  ", "张三"),
    ("\u3000张三\u3000", "张三"),
    ("张 三", "张三"),
    ("张\u3000\u3000三", "张三"),
    ("欧阳 修", "欧阳修"),
    ("John Smith", "John Smith"),
    ("  John    Smith ", "John Smith"),
    ("John\tSmith", "John Smith"),
    ("Ｊｏｈｎ　Ｓｍｉｔｈ", "John Smith"),
    ("阿依古丽·买买提", "阿依古丽·买买提"),
    ("王先生", "王先生"),
    ("张3", "张3"),
    ("李" * 40, "李" * 40),
])
def test_normalize_name_accepts(text, expected):
    assert normalize_name(text) == expected


@pytest.mark.parametrize("text, fragment", [
    ("", "请输入姓名"),
    ("   ", "请输入姓名"),
    ("\u3000\u3000", "请输入姓名"),
    ("李" * 41, "最多40个字"),
    ("13812345678", "不能只有数字"),
    ("１２３", "不能只有数字"),
    ("---", "应包含文字"),
])
def test_normalize_name_rejects(text, fragment):
    with pytest.raises(InvalidInput) as info:
        normalize_name(text)
    assert info.value.field == "name"
    assert fragment in str(info.value)


# --------------------------------------------------------------------------- e-mail

@pytest.mark.parametrize("text, expected", [
    ("a@qq.com", "a@qq.com"),
    ("  Zhang.San@Example.COM ", "Zhang.San@example.com"),
    ("a＠qq．com", "a@qq.com"),
    ("first+tag@mail.163.com", "first+tag@mail.163.com"),
    ("x_y-z@sub-domain.example.cn", "x_y-z@sub-domain.example.cn"),
])
def test_normalize_email_accepts(text, expected):
    assert normalize_email(text) == expected


@pytest.mark.parametrize("text, fragment", [
    ("", "请输入电子邮箱"),
    ("qq.com", "一个 @"),
    ("a@@qq.com", "一个 @"),
    ("@qq.com", "@ 前面"),
    ("a b@qq.com", "@ 前面"),
    (".a@qq.com", "@ 前面"),
    ("a..b@qq.com", "@ 前面"),
    ("a@qq", "@ 后面"),
    ("a@qq.c", "@ 后面"),
    ("a@-qq.com", "@ 后面"),
    ("a@qq..com", "@ 后面"),
])
def test_normalize_email_rejects(text, fragment):
    with pytest.raises(InvalidInput) as info:
        normalize_email(text)
    assert info.value.field == "email"
    assert fragment in str(info.value)

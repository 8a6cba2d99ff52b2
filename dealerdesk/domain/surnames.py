"""Surname readings that differ from (or are easy to get wrong with) pypinyin's default reading.

A polyphonic character reads one way as a surname and another in ordinary words: 单 is "shan" as a
surname but pypinyin's default is "dan", 曾 is "zeng" not "ceng", 尉迟 is "yuchi" not "weichi".
search_keys indexes BOTH the surname reading(s) listed here and pypinyin's default reading, so a clerk
typing either finds the customer. Readings are pypinyin Style.NORMAL: lower-case, no tones, ü as "v".

Compound surnames (two characters) are matched before single ones ("单于" chanyu before "单" shan).
Entries whose reading equals pypinyin's default are kept on purpose: they document the intended
reading and protect it against a change of pypinyin's default.
"""
from __future__ import annotations

#: single-character surnames → surname reading(s), most usual first
SINGLE_SURNAMES: dict[str, tuple[str, ...]] = {
    "单": ("shan",),
    "曾": ("zeng",),
    "解": ("xie",),
    "仇": ("qiu",),
    "区": ("ou",),
    "朴": ("piao",),
    "查": ("zha",),
    "覃": ("qin", "tan"),
    "盖": ("ge", "gai"),
    "乐": ("yue", "le"),
    "秘": ("bi",),
    "缪": ("miao",),
    "翟": ("zhai",),
    "召": ("shao",),
    "种": ("chong",),
    "繁": ("po",),
    "句": ("gou",),
    "阚": ("kan",),
    "冼": ("xian",),
    "洗": ("xian",),
    "过": ("guo",),
    "柏": ("bai",),
    "员": ("yun",),
    "能": ("nai",),
    "任": ("ren",),
    "沈": ("shen",),
    "石": ("shi",),
    "隗": ("wei",),
    "晟": ("cheng",),
    "褚": ("chu",),
    "郇": ("huan",),
    "佘": ("she",),
    "逄": ("pang",),
    "宓": ("mi",),
    "訾": ("zi",),
    # added: surname readings that differ from pypinyin's default (checked against pypinyin 0.55)
    "卜": ("bu",),        # default bo
    "薄": ("bo",),        # default bao
    "都": ("du",),        # default dou
    "长": ("chang",),     # default zhang
    "重": ("chong",),     # default zhong
    "黑": ("he",),        # default hei
    "粘": ("nian",),      # default zhan
    "乜": ("nie",),       # default mie
    "折": ("she",),       # default zhe
    "祭": ("zhai",),      # default ji
    "颉": ("xie",),       # default jie
    "蕃": ("pi",),        # default fan
    "炅": ("gui",),       # default jiong
    "角": ("jue",),       # default jiao
    "么": ("yao",),       # default me
    "适": ("kuo",),       # default shi
    "莘": ("shen", "xin"),
    "蔚": ("yu", "wei"),
    "尉": ("wei", "yu"),
    "谌": ("chen", "shen"),
    "车": ("che",),
    "贾": ("jia",),
    "盛": ("sheng",),
    "宿": ("su",),
    "朝": ("chao",),
    "那": ("na",),
    "行": ("xing", "hang"),
    "华": ("hua",),
    "纪": ("ji",),
    "燕": ("yan",),
    "曲": ("qu",),
    "瞿": ("qu",),
    "应": ("ying",),
    "费": ("fei",),
    "相": ("xiang",),
    "眭": ("sui",),
    "厍": ("she",),
    "汤": ("tang",),
    "谷": ("gu",),
    "万": ("wan",),
}

#: compound (two-character) surnames → surname reading(s), one syllable per character, space-separated
COMPOUND_SURNAMES: dict[str, tuple[str, ...]] = {
    "尉迟": ("yu chi",),      # default weichi
    "万俟": ("mo qi",),       # default wanqi
    "单于": ("chan yu",),     # default danyu
    "澹台": ("tan tai",),     # default dantai
    "长孙": ("zhang sun",),
    "令狐": ("ling hu",),
    "乐正": ("yue zheng",),   # default lezheng
    "句龙": ("gou long",),    # default julong
    "鲜于": ("xian yu",),
    "上官": ("shang guan",),
    "欧阳": ("ou yang",),
    "司马": ("si ma",),
    "诸葛": ("zhu ge",),
    "皇甫": ("huang fu",),
    "公孙": ("gong sun",),
    "慕容": ("mu rong",),
    "东方": ("dong fang",),
    "夏侯": ("xia hou",),
    "宇文": ("yu wen",),
    "司徒": ("si tu",),
    "司空": ("si kong",),
    "南宫": ("nan gong",),
    "百里": ("bai li",),
    "呼延": ("hu yan",),
    "东郭": ("dong guo",),
    "西门": ("xi men",),
    "第五": ("di wu",),
    "亓官": ("qi guan",),
    "钟离": ("zhong li",),
    "闻人": ("wen ren",),
    "拓跋": ("tuo ba",),
    "申屠": ("shen tu",),
    "端木": ("duan mu",),
    "轩辕": ("xuan yuan",),
    "公冶": ("gong ye",),
    "太叔": ("tai shu",),
    "宗政": ("zong zheng",),
    "濮阳": ("pu yang",),
    "淳于": ("chun yu",),
    "赫连": ("he lian",),
    "左丘": ("zuo qiu",),
    "谷梁": ("gu liang",),
    "梁丘": ("liang qiu",),
    "公羊": ("gong yang",),
    "羊舌": ("yang she",),
    "微生": ("wei sheng",),
    "漆雕": ("qi diao",),
    "壤驷": ("rang si",),
    "巫马": ("wu ma",),
    "公西": ("gong xi",),
    "颛孙": ("zhuan sun",),
    "宰父": ("zai fu",),
    "仲孙": ("zhong sun",),
    "叔孙": ("shu sun",),
    "段干": ("duan gan",),
    "独孤": ("du gu",),
    "完颜": ("wan yan",),
}

__all__ = ["COMPOUND_SURNAMES", "SINGLE_SURNAMES"]

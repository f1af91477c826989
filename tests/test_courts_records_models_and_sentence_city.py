"""A court that sentenced a party before, as the party's description at the head of a judgment records
(…男，1963年出生，…。1986年7月20日因犯…罪被…人民法院判处…), is the party's past, not a court of the case;
a model court listed with its honour in a report's list of models (涌现出全国模范法院…法院、…等一批先进
典型) is honoured there, not acting; a 市中院 in a text whose places tie is the intermediate court of the
city named before it in its sentence."""

from __future__ import annotations

from lawnews.index.tagging import Tagger

JUDGMENT = ("某省高级人民法院刑事判决书。上诉人（原审被告人）王某，男，1965年3月2日出生，汉族，住甲市。"
            "1990年5月6日因犯盗窃罪被石门县人民法院判处有期徒刑三年，1993年5月5日刑满释放。"
            "上诉人（原审被告人）李某，女，1972年出生，农民。2008年因犯故意伤害罪被湖北省荆州市沙市区人民法院"
            "判处有期徒刑一年，缓刑二年。长沙市中级人民法院审理长沙市人民检察院指控王某、李某犯诈骗罪一案，"
            "作出刑事判决。宣判后，王某、李某不服，提出上诉。")


def test_a_partys_earlier_sentence_is_no_court_of_the_case(tagger: Tagger) -> None:
    courts = tagger.tag_text(JUDGMENT).about.courts
    assert "石门县人民法院" not in courts
    assert "荆州市沙市区人民法院" not in courts
    assert "长沙市中级人民法院" in courts


def test_a_sentence_a_story_tells_is_the_court_acting(tagger: Tagger) -> None:
    text = "近日，张某因犯危险驾驶罪被石门县人民法院判处拘役二个月，并处罚金。法官提醒：酒后不开车。"
    assert "石门县人民法院" in tagger.tag_text(text).about.courts


def test_a_record_without_the_partys_description_is_the_court_acting(tagger: Tagger) -> None:
    text = "2023年5月，因犯诈骗罪被石门县人民法院判处有期徒刑三年的刘某提出申诉。"
    assert "石门县人民法院" in tagger.tag_text(text).about.courts


def test_a_model_court_in_a_list_of_models_is_honoured_not_acting(tagger: Tagger) -> None:
    text = ("市人大会议听取常德市中级人民法院工作报告。全市法院受理各类案件4万件。涌现出全国模范法院石门县法院、"
            "全国优秀法官张某等一批先进典型。市中级人民法院将继续做好审判工作。")
    courts = tagger.tag_text(text).about.courts
    assert courts == ("常德市中级人民法院",)


def test_a_model_court_acting_elsewhere_counts(tagger: Tagger) -> None:
    text = ("涌现出全国模范法院石门县法院、全国优秀法官张某等一批先进典型。石门县法院开展集中执行，执结案件20件。")
    assert "石门县人民法院" in tagger.tag_text(text).about.courts


def test_city_court_word_takes_the_city_named_before_it_in_its_sentence(tagger: Tagger) -> None:
    text = ("宁德市第二届人民代表大会第五次会议听取和审议了市中级人民法院工作报告。会议要求，为加快推进三都澳"
            "区域发展、海西东北翼中心城市建设提供司法保障。")
    assert "宁德市中级人民法院" in tagger.tag_text(text).about.courts


def test_city_court_word_after_no_city_in_its_sentence_stays_unplaced(tagger: Tagger) -> None:
    text = "常德市召开会议。会议听取了市中级人民法院工作报告。岳阳市的代表也参加了会议。"
    assert tagger.tag_text(text).about.courts == ()

"""Mechanism tags: a mechanism stated in other words than its usual name (a description
of what is done: 把矛盾纠纷化解在萌芽, 协助某法院执行干警, 转移下级法院的执行权), and
sentences that name a form without being about it (a background clause, a notice to
assist). Every sentence here is made up for the test."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawnews.errors import TaxonomyError
from lawnews.index.tagging import Tagger
from lawnews.index.tagging.mechanisms import Taxonomy
from lawnews.index.tagging.textmap import unit_bounds


def labels(tagger: Tagger, text: str) -> tuple[str, ...]:
    return tagger.tag_text(text).about.mechanisms


@pytest.mark.parametrize("text, label", [
    # disputes settled where they arise, without 诉源治理 or 调解 in the name
    ("社区法官每周到网格坐班，把邻里矛盾纠纷化解在萌芽状态。今年以来，网格内纠纷全部就地化解，无一起成讼。",
     "诉源治理"),
    # the losing party urged to pay before enforcement
    ("判决送达时，法官向败诉方讲明逾期不履行的后果，敦促其主动履行。今年已有百余起案件因此避免进入执行程序。",
     "执源治理"),
    # one court's officers helping another court's
    ("甲县法院执行局接到外省法院请求，协助乙市中院执行干警在本地查找被执行人。两地法院密切协作，当晚将其控制。",
     "执行联动"),
    # the police joined, with the county before them
    ("丙县法院联合县公安局在高速路口设卡，对被执行人的车辆逐一核查。联合县交警查扣车辆5辆。", "执行联动"),
    # the higher court takes the case over
    ("下级法院长期怠于执行的，上级法院可以转移其强制执行权，由本院直接执行。转移执行权后，该案两个月内执结。",
     "交叉执行"),
    # a campaign under its own name, and a storm of enforcement written without quotes
    ("丁县法院开展“清风行动”，出动干警30人，拘传被执行人8人。", "集中执行"),
    ("入夏以来，该院开展酷暑执行风暴，白天高温时段上门找人。执行风暴期间执结案件120件。", "集中执行"),
    # what civilised enforcement spares
    ("考虑到企业仍在生产，法院在不影响企业正常经营的前提下查封设备。执行中，法院区分“失信”与“失能”，"
     "对确无能力的被执行人慎用拘留等强制措施。", "善意文明执行"),
    ("企业付清欠款后，法院当日将其从失信被执行人名单中删除，并解除对其基本账户的冻结。", "善意文明执行"),
    # court and administration, written court first, and the departments' joint meetings
    ("县法院与县政府密切配合，共同推进破产企业职工安置。法院还与税务、自然资源等职能部门召开联席会议，协调处置破产财产。",
     "府院联动"),
    # the government's own act for the court, a sentence of its own
    ("区委、区政府联合印发文件，全力支持法院执行工作，明确十二个部门的协助职责，并纳入年度考核。", "府院联动"),
    # rural policing described
    ("该县在农村推行驻村民警制度，每个行政村配备一名民警。农村警务战略实施以来，农村可防性案件下降三成。", "县域警务"),
    ("戊乡派出所推行警网融合，民警与网格员一起走访农户。警网融合以来，该乡未发生一起电动车被盗案件。", "县域警务"),
    # unidentified money sorted out
    ("该院对历年不明款逐笔甄别，共认领不明款85笔，全部发放给当事人。", "案款管理"),
    # enforcement and bankruptcy run as one
    ("法院决定对该企业启动执破一体程序，一次性化解执行案件30件。", "执转破"),
    # the court selling what it seized, as the law and its commentaries write it
    ("被执行人逾期仍不履行的，法院将拍卖被查封的房产。法院有权拍卖、变卖被执行人的财产，以所得价款清偿债务。",
     "司法拍卖"),
    # what is done with the money collected
    ("执行款到账后，执行人员应在五日内通知申请人领取。执行款划出后，应告知收款人和被执行人。", "案款管理"),
    # the police helping the court
    ("执行干警在当地公安机关的协助下，将被执行人控制。派出所协助法院查找另一名被执行人的下落。", "执行联动"),
    # a fraud stopped, and a fraud named by its kind
    ("民警及时上门，成功劝阻受害人转账。这是一起典型的冒充客服类诈骗。", "反诈"),
    # the court hands the debtor to the police
    ("被执行人隐匿财产拒不履行，法院将其移送公安机关立案侦查，公安机关已对其采取刑事强制措施。", "拒执打击"),
    # a season's push
    ("该院开展冬季执行攻势，出动干警50人次，执结案件40件。", "集中执行"),
    # a meeting with government departments that goes on with what it settles
    ("法院与县自然资源局、税务局等职能部门召开联席会议，研究处置闲置厂房、安置职工和办理税务注销等事项。", "府院联动"),
])
def test_mechanisms_stated_in_other_words(tagger: Tagger, text: str, label: str) -> None:
    assert labels(tagger, text) == (label,)


def test_a_form_in_a_background_clause_does_not_make_the_sentence_about_it(tagger: Tagger) -> None:
    text = "近年来，随着联动部门之间的协作不断深入，被执行人的生存空间被不断压缩，规避执行越来越难。"
    assert "执行联动" not in labels(tagger, text)


def test_the_notice_to_assist_is_not_linkage(tagger: Tagger) -> None:
    text = "银行收到法院的协助执行通知书后，当即冻结了账户。银行如拒不协助执行，将依法受到处罚。"
    assert "执行联动" not in labels(tagger, text)


def test_a_case_without_a_campaign_is_not_a_concentrated_action(tagger: Tagger) -> None:
    text = "执行人员到某公司上门执行却扑了个空，随后查明该公司已搬离。执行人员又到新址找到了负责人。"
    assert labels(tagger, text) == ()


def test_a_police_reform_speech_on_manpower_is_not_county_policing(tagger: Tagger) -> None:
    text = "会议要求加强基层基础建设，做实派出所，确保警力下沉，提高科技应用水平。"
    assert "县域警务" not in labels(tagger, text)


def _taxonomy(tmp_path: Path, key: str) -> Taxonomy:
    path = tmp_path / "taxonomy.toml"
    path.write_text(f'[[mechanism]]\nlabel = "甲机制"\n{key} = ["把矛盾化解在萌芽"]\n', encoding="utf-8")
    return Taxonomy.load(path)


def test_a_description_is_never_an_item_of_an_enumeration(tmp_path: Path) -> None:
    text = "法官提前介入，把矛盾化解在萌芽、解决在网格内。"
    bounds = unit_bounds(text)
    assert [h.in_list for h in _taxonomy(tmp_path, "descriptions").find(text, bounds)] == [False]
    assert [h.in_list for h in _taxonomy(tmp_path, "patterns").find(text, bounds)] == [True]


def test_a_description_that_is_not_a_regular_expression_is_a_taxonomy_error(tmp_path: Path) -> None:
    path = tmp_path / "taxonomy.toml"
    path.write_text('[[mechanism]]\nlabel = "甲机制"\ndescriptions = ["(未闭合"]\n', encoding="utf-8")
    with pytest.raises(TaxonomyError, match="not a regular expression"):
        Taxonomy.load(path)


def test_an_essay_that_announces_its_subject_is_about_it(tagger: Tagger) -> None:
    assert labels(tagger, "本文以执行与破产的衔接为视角，剖析“执转破”制度的实践困境及完善路径。") == ("执转破",)
    assert labels(tagger, "本文为执转破课题组原创稿件，转载请注明出处。") == ()

"""The division table has one reading (lawnews.index.divisions) that ingest and tagging share."""

from __future__ import annotations

from pathlib import Path

from lawnews.index import divisions

TABLE = ("# a small table\n# columns: …\ncode\tlevel\tname\tparent\tshort\tweak\told\n"
         "430000\tprovince\t湖南省\t\t湖南,湘\t\t\n"
         "430100\tprefecture\t长沙市\t430000\t长沙\t\t\n"
         "430102\tcounty\t芙蓉区\t430100\t芙蓉\t芙蓉:d\t东区\n")


def test_a_table_gives_its_header_divisions_and_weak_keys():
    table = divisions.parse(TABLE)
    assert table.header == "a small table"
    assert [d.code for d in table.divisions] == ["430000", "430100", "430102"]
    county = table.divisions[2]
    assert county.shorts == ("芙蓉",) and county.old == ("东区",) and county.is_district
    assert county.province_code == "430000"
    assert table.weak == {("430102", "芙蓉"): "d"}


def test_ingest_and_the_gazetteer_read_the_same_shipped_table():
    from lawnews.index.tagging.gazetteer import Gazetteer

    provinces, names = divisions.place_names()
    gaz = Gazetteer()
    assert set(provinces) == {s for d in gaz.divisions.values() if d.level == "province" for s in d.shorts}
    assert all(d.name in names for d in gaz.divisions.values())
    assert "湖南" in provinces and "新疆" in provinces


def test_ingest_reads_no_division_table_of_its_own():
    ingest = Path(divisions.__file__).parent / "ingest"
    for path in ingest.glob("*.py"):
        assert "divisions.tsv" not in path.read_text(encoding="utf-8"), path.name

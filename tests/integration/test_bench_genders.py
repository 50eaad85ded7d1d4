"""`make bench-genders` keeps working: a tiny run writes every measurement, on three times the rows."""

import json

from bench import genders


def test_the_gender_benchmark_writes_every_key(tmp_path):
    out = tmp_path / "genders.json"
    argv = ["--municipalities", "3", "--goal-areas", "1", "--indicators", "2", "--years", "3", "--areas", "2"]
    assert genders.main([*argv, "--out", str(out)]) == 0
    results = json.loads(out.read_text(encoding="utf-8"))
    assert results["with_genders"]["rows"] == 3 * results["total_only"]["rows"] == 3 * 3 * 2 * 3 * 2
    assert list(results["total_only"]["genders"]) == ["T"]
    assert list(results["with_genders"]["genders"]) == ["T", "K", "M"]
    for read in results["with_genders"]["genders"].values():
        assert set(read) == {"first_read_ms", "municipality_ms", "indicator_everywhere_ms"}
        assert all(value > 0 for value in read.values())

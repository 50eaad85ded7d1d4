"""The benchmark's synthetic data: the promised size, clearly synthetic, and never in data/."""

from bench.generate import generate, main, write_csv
from dashboard.data.loading import load_path
from dashboard.data.writers import observations_to_csv_bytes
from dashboard.settings import DEFAULT_DATA_PATH


def test_rows_are_the_product_of_the_dimensions_and_say_they_are_synthetic():
    frame = generate(municipalities=3, goal_areas=2, indicators=2, years=5, areas=2)
    assert len(frame) == 3 * 2 * 2 * 5 * 2
    assert set(frame["source"]) == {"SYNTETISKA TESTDATA"}
    assert all(name.startswith("Syntetkommun") for name in frame["municipality"])


def test_generated_file_loads_without_problems(tmp_path):
    assert (
        main(
            [
                "--municipalities",
                "2",
                "--goal-areas",
                "1",
                "--indicators",
                "2",
                "--years",
                "6",
                "--areas",
                "2",
                "--out",
                str(tmp_path / "syntetisk.csv"),
            ]
        )
        == 0
    )
    result = load_path(tmp_path / "syntetisk.csv")
    assert result.problems == () and len(result.observations) == 2 * 1 * 2 * 6 * 2


def test_it_refuses_to_write_into_the_data_folder():
    assert main(["--out", str(DEFAULT_DATA_PATH / "syntetisk.csv")]) == 2
    assert not (DEFAULT_DATA_PATH / "syntetisk.csv").exists()


def test_the_fast_writer_writes_exactly_what_the_app_exports(tmp_path):
    frame = generate(municipalities=3, goal_areas=2, indicators=4, years=7, areas=3, seed=5)
    write_csv(frame, tmp_path / "syntetisk.csv")
    assert (tmp_path / "syntetisk.csv").read_bytes() == observations_to_csv_bytes(frame)

"""The figures pages show, computed from the datasets: periods and their reports, key figures,
thematic indicators (risk, participation gaps, outreach coverage) and reporting timeliness."""

"""Plain pytest: functions and modules, no Streamlit script run, no browser."""

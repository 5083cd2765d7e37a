"""Pages run through Streamlit's AppTest (the script, widgets and session, no browser)."""

"""Pure presentation: indicator frames -> translated, formatted tables and texts. No Streamlit."""

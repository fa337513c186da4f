"""Import: upload a project list, see what it would change, commit, undo."""

import streamlit as st

from dashboard.texts import t
from dashboard.ui import importer

st.title(t("importer.title"))
st.caption(t("importer.caption"))
importer.show_message()
importer.downloads()

upload = importer.uploader()
if upload is not None:
    read = importer.read_upload(upload, importer.chosen_sheet(upload))
    if read is not None:
        table, plan, data = read
        importer.sheet_choice(table)
        importer.plan_tiles(plan)
        importer.decisions_area(upload, plan)
        importer.issues_table(table, plan, data)
        importer.plan_details(plan)
        importer.commit_area(table, plan, data)

importer.history()

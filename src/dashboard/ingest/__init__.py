"""Excel/CSV project lists: file -> rows -> validated records -> import plan -> commit."""

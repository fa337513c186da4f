-- The decision in force per (fund, Land, operation, project): the latest one.
SELECT fund, land, op_key, project_id, decision, actor, decided_at
FROM oplist_decision
QUALIFY row_number() OVER (PARTITION BY fund, land, op_key, project_id
                           ORDER BY decision_id DESC) = 1

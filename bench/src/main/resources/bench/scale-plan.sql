-- plan-service: the 2,000 published plans, their sections, tasks and the units each task names.
INSERT INTO plan (id, title, year, region_code, region_name, level, parent_plan_id, status, source_filename, created_by,
                  created_at, updated_by, updated_at, published_by, published_at, version)
SELECT id, title, 2026, region, NULL, level, parent, 'PUBLISHED', 'scale-' || p || '.txt', 'bench-scale', published_at,
       'bench-scale', published_at, 'bench-scale', published_at, 1
  FROM s_plan ORDER BY p;

INSERT INTO plan_section (id, plan_id, parent_id, position, title)
SELECT DISTINCT ON (t.section_id) t.section_id, pl.id, NULL::uuid, t.section + 1,
       (ARRAY['一、', '二、', '三、', '四、', '五、'])[t.section + 1] || '重点领域信息公开'
  FROM s_task t JOIN s_plan pl ON pl.p = t.p ORDER BY t.section_id;

INSERT INTO plan_task (id, plan_id, section_id, position, number, title, requirement, deadline_raw, deadline_kind,
                       due_date, cadence, source_task_id, updated_by, updated_at)
SELECT t.id, pl.id, t.section_id, t.t, t.t::text, '规模测试任务' || t.tg || '：按要求做好政务公开专栏信息发布',
       '及时更新政府网站专栏内容，按月报送进展。', t.deadline_raw, 'FIXED', t.due, NULL, t.source, 'bench-scale',
       pl.published_at
  FROM s_task t JOIN s_plan pl ON pl.p = t.p ORDER BY t.tg;

INSERT INTO plan_task_unit (task_id, position, raw, name, role, is_group, ambiguous)
SELECT f.task_id, f.k, f.unit_name, f.unit_name, f.role, false, false FROM s_asg_full f ORDER BY f.n;

-- A hub operator may close a drop before its end (a lot that failed its quality check, a drop scheduled by mistake):
-- who closed it and why, shown to buyers on the drop's page. Both stay empty for drops closed by the end of their time.
ALTER TABLE ordering_drop ADD COLUMN closed_by UUID;
ALTER TABLE ordering_drop ADD COLUMN close_reason VARCHAR(300);

-- Order numbers come from this sequence (scrambled, see OrderNumbers): random numbers collided, a few times in a
-- benchmark's 16,000 orders of one day. Each instance takes a block of 100 numbers per call; the increment is the
-- block size (OrderNumbers.BLOCK).
CREATE SEQUENCE ordering_order_number_seq START WITH 1 INCREMENT BY 100;

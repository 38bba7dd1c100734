-- Drops (limited sales): a quantity of one lot, taken out of the lot's available stock when the drop is scheduled,
-- sold between starts_at and ends_at with a cap per buyer organisation. "remaining" is the drop's own stock, changed
-- only by conditional updates (many orders per update when reservations are batched); the CHECKs are the last line of
-- defence against overselling. When the drop closes, what is left goes back to the lot ("returned_to_lot").
CREATE TABLE ordering_drop (
    id              UUID         NOT NULL PRIMARY KEY,
    title           VARCHAR(120) NOT NULL,
    lot_id          UUID         NOT NULL,
    lot_reference   VARCHAR(60)  NOT NULL,
    seller_id       UUID         NOT NULL,
    origin_hub      VARCHAR(8)   NOT NULL,
    quantity        INT          NOT NULL CHECK (quantity >= 1),
    remaining       INT          NOT NULL CHECK (remaining >= 0),
    per_buyer_cap   INT          NOT NULL CHECK (per_buyer_cap >= 1),
    starts_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('SCHEDULED', 'CLOSED')),
    returned_to_lot INT          NOT NULL DEFAULT 0 CHECK (returned_to_lot >= 0),
    created_by      UUID         NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at       TIMESTAMP WITH TIME ZONE,
    CHECK (remaining <= quantity),
    CHECK (ends_at > starts_at)
);
CREATE INDEX ordering_drop_lot_idx ON ordering_drop (lot_id, starts_at);
CREATE INDEX ordering_drop_closing_idx ON ordering_drop (status, ends_at);
CREATE INDEX ordering_drop_hub_idx ON ordering_drop (origin_hub, starts_at);

-- The corridors a drop is offered on (each one a corridor the lot is listed on when the drop is scheduled).
CREATE TABLE ordering_drop_corridor (
    drop_id     UUID NOT NULL REFERENCES ordering_drop (id),
    corridor_id UUID NOT NULL,
    PRIMARY KEY (drop_id, corridor_id)
);

-- Units each buyer organisation holds in a drop. The cap is enforced by a conditional update of this row
-- ("add n if units + n <= cap"), so parallel requests from several sessions or tokens of one buyer cannot pass it.
CREATE TABLE ordering_drop_allocation (
    drop_id               UUID NOT NULL REFERENCES ordering_drop (id),
    buyer_organisation_id UUID NOT NULL,
    units                 INT  NOT NULL CHECK (units >= 0),
    cap                   INT  NOT NULL CHECK (cap >= 1),
    CHECK (units <= cap),
    PRIMARY KEY (drop_id, buyer_organisation_id)
);

-- Which orders came from a drop: their units return to the drop (not the lot) when they expire or are cancelled.
CREATE TABLE ordering_drop_order (
    order_id              UUID NOT NULL PRIMARY KEY REFERENCES ordering_order (id),
    drop_id               UUID NOT NULL REFERENCES ordering_drop (id),
    buyer_organisation_id UUID NOT NULL,
    quantity              INT  NOT NULL CHECK (quantity >= 1)
);
CREATE INDEX ordering_drop_order_drop_idx ON ordering_drop_order (drop_id);

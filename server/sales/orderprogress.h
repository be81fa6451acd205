#pragma once

namespace erp::core {
struct PostingContext;
struct RecalcContext;
} // namespace erp::core

// The progress of every sales order line, kept in registers: orders_to_ship (goods still to
// ship, or for a negative line to take back), reservations (per order line, from the order's
// warehouse) and orders_to_invoice (what may be invoiced now: on order, every line; on
// shipment, what each shipment delivered, plus the order's services and free-text lines,
// which are never shipped). Quantities are kept as magnitudes, so a return line is its own
// line to take back and to credit, never netted with a sale of the same product. Shipment
// and invoice lines name the order line they fulfil (`order_line`); the non-negative
// controls of these registers refuse a line shipped or invoiced twice, naming the line.
namespace erp::sales {

// Sales order: opens each line to ship and (on order, or when never shipped) to invoice;
// lines set to reserve take free stock, failing with every line that is short.
void postOrderProgress(erp::core::PostingContext &ctx);
// Shipment of an order: closes what it ships of each order line, releases exactly that
// line's reservation, and (invoiced on shipment) opens it to invoice from this shipment.
// A shipment without an order opens its lines to invoice from the shipment.
void postShipmentProgress(erp::core::PostingContext &ctx);
// Sales invoice on an order or a shipment: closes what it invoices of each line.
void postInvoiceProgress(erp::core::PostingContext &ctx);

// Recalculation of shipments and invoices made by hand against an order: a line without an
// order line takes the first line of the order with the same product and direction that can
// still take it whole, else the first with anything open (the posting refuses the excess).
void fillOrderLines(erp::core::RecalcContext &ctx, bool invoice);

} // namespace erp::sales

#pragma once

#include "core/posting.h"
#include "decimal.h"

#include <QCborValue>

// The sales register (turnover by partner, counterparty, product, manager and information
// source: quantity, revenue, cost) and what goods a customer has from us at cost. Revenue is
// what is invoiced less what is credited, in the accounting currency, so that its sum over any
// period is the Sales account's (604) turnover; cost is what left the warehouse for customers
// less what came back, so that it is the cost of goods sold (504) of the period.
namespace erp::sales {

// An invoice's (sign +1) or a credit note's (sign -1) lines: one row per line, revenue converted
// at the document's date and adding up exactly to what the ledger books of its total_net.
// withQuantity false: a price correction, no units are taken back.
void recordInvoicedRevenue(erp::core::PostingContext &ctx, int sign, bool withQuantity);

// The cost of goods that left for the customer (positive) or came back (negative), no quantity
// and no revenue: the invoice counts those.
void recordCost(erp::core::PostingContext &ctx, qint64 product, const erp::Decimal &cost);

// Goods delivered to the document's partner at the cost they left the warehouse with.
void deliverToCustomer(erp::core::PostingContext &ctx, qint64 product, const erp::Decimal &quantity,
                       const erp::Decimal &cost);

// Goods the partner brings back: at the cost they left with (the average of what the partner
// has of them), else (goods they never had from us) at the average cost of the warehouse's stock.
// Writes the customer_goods movement and returns the cost.
erp::Decimal takeBackFromCustomer(erp::core::PostingContext &ctx, const QCborValue &warehouse, qint64 product,
                                  const erp::Decimal &quantity);

} // namespace erp::sales

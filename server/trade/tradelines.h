#pragma once

#include "core/postinghelpers.h"

#include <QHash>
#include <QList>

// What the commercial documents of sales, purchasing and the warehouse share: lines of
// products with quantities and amounts.
namespace erp::trade {

inline QCborArray lines(const erp::core::PostingContext &ctx)
{
    return erp::core::posting::section(ctx.document, QStringLiteral("lines"));
}

// Quantities and amounts of the lines summed per product, products in id order (free-text
// lines, which have no product, are not among them): a posting
// never depends on how the lines were split, and every posting takes the rows of its
// products in the same order, which keeps concurrent postings from deadlocking.
struct ProductTotals
{
    QList<qint64> order;
    QHash<qint64, erp::Decimal> quantity;
    QHash<qint64, erp::Decimal> amount;
};

// Which lines count: all, those going out (a positive quantity), or those coming back (a
// negative one: a return on an order). A return is never netted against a sale of the same
// product.
enum class LineSign { All, Out, Back };

ProductTotals totalsByProduct(const erp::core::PostingContext &ctx, LineSign sign = LineSign::All);

// Refuses to post a document that would move nothing: no lines, or `field` (the quantity, a
// payment's amount) zero on every line. Two clerks shipping the same order at once: the
// second finds nothing left to ship and is told so instead of posting an empty shipment.
void requireSomethingToPost(const erp::core::PostingContext &ctx, const QString &field);

// Services are sold and invoiced but never stocked, reserved or shipped from a warehouse; so
// is a free-text line (no product, 0 here).
bool isService(erp::core::DataSource &data, qint64 product);

} // namespace erp::trade

#pragma once

#include "core/basedon.h"

// The shapes of "create based on" that sales, purchasing and the warehouse share.
namespace erp::trade {

// Every product line as it is (an invoice from its order or its receipt); `link` is the
// target's field that refers to the order, taken from `linkFrom` ("$id": the source itself).
erp::core::BasedOnRule copyLines(const QString &source, const QString &target, const QStringList &header,
                                 const QString &link, const QString &linkFrom);

// Each line limited to what the order still has open in `reg` by (orderDimension, product)
// (a shipment of a sales order, a receipt of a purchase order).
erp::core::BasedOnRule openPerLine(const QString &source, const QString &target, const QStringList &header,
                                   const QString &link, const QString &reg, const QString &orderDimension);

// One line for what `reg` says is still owed of the source invoice, by organization,
// counterparty and `invoiceDimension` (a payment of an invoice).
erp::core::BasedOnRule payWhatIsOpen(const QString &source, const QString &target, const QStringList &header,
                                     const QString &reg, const QString &invoiceDimension);

} // namespace erp::trade

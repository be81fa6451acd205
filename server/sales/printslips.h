#pragma once

#include <QCborMap>

namespace erp::core {
struct PrintContext;
}

namespace erp::sales {

// The delivery note of a shipment: the warehouse, the lines with quantities and units and no
// prices, boxes to sign for issued and received.
QCborMap deliveryNoteData(erp::core::PrintContext &ctx);

// The receipt of an incoming payment: who paid, the amount, what it settles, the day, how, and
// who received it (the user who prints it), with boxes to sign.
QCborMap paymentReceiptData(erp::core::PrintContext &ctx);

} // namespace erp::sales

#include "purchasingarea.h"

#include "core/areas.h"
#include "purchasepostings.h"
#include "trade/recalculation.h"
#include "trade/tradebasedon.h"

namespace erp::purchasing {

namespace {

const QStringList SupplierParty{QStringLiteral("organization"), QStringLiteral("supplier"),
                                QStringLiteral("counterparty"), QStringLiteral("currency")};

void recalculateInvoice(erp::core::RecalcContext &ctx)
{
    erp::trade::recalculatePurchaseLines(ctx);
    erp::trade::fillDueDate(ctx, QStringLiteral("supplier"));
}

} // namespace

void registerArea(erp::core::AreaRegistry &areas)
{
    for (const auto &[kind, posting] : {std::pair{QStringLiteral("purchase_orders"), &postPurchaseOrder},
                                        std::pair{QStringLiteral("supplier_invoices"), &postSupplierInvoice},
                                        std::pair{QStringLiteral("outgoing_payments"), &postOutgoingPayment},
                                        std::pair{QStringLiteral("supplier_returns"), &postSupplierReturn}})
        areas.setPosting(kind, posting);
    areas.setRecalculation(QStringLiteral("purchase_orders"), erp::trade::recalculatePurchaseLines);
    for (const QString &kind : {QStringLiteral("outgoing_payments"), QStringLiteral("supplier_returns")})
        areas.setRecalculation(kind, erp::trade::recalculateLines);
    areas.setRecalculation(QStringLiteral("supplier_invoices"), recalculateInvoice);

    areas.addBasedOn(erp::trade::copyLines(QStringLiteral("purchase_orders"), QStringLiteral("supplier_invoices"),
                                           SupplierParty, QStringLiteral("purchase_order"), QStringLiteral("$id")));
    areas.addBasedOn(erp::trade::copyLines(QStringLiteral("goods_receipts"), QStringLiteral("supplier_invoices"),
                                           SupplierParty, QStringLiteral("purchase_order"),
                                           QStringLiteral("purchase_order")));
    areas.addBasedOn(erp::trade::payWhatIsOpen(QStringLiteral("supplier_invoices"), QStringLiteral("outgoing_payments"),
                                               SupplierParty, QStringLiteral("payables"),
                                               QStringLiteral("supplier_invoice")));
}

} // namespace erp::purchasing

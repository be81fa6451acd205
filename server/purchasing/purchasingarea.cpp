#include "purchasingarea.h"

#include "core/areas.h"
#include "purchasepostings.h"
#include "trade/recalculation.h"

namespace erp::purchasing {

using erp::core::BasedOnRule;

namespace {

const QStringList SupplierParty{QStringLiteral("organization"), QStringLiteral("supplier"),
                                QStringLiteral("counterparty"), QStringLiteral("currency")};
const QStringList CommercialLine{QStringLiteral("product"), QStringLiteral("price"), QStringLiteral("vat_rate")};

} // namespace

void registerArea(erp::core::AreaRegistry &areas)
{
    for (const auto &[kind, posting] : {std::pair{QStringLiteral("purchase_orders"), &postPurchaseOrder},
                                        std::pair{QStringLiteral("supplier_invoices"), &postSupplierInvoice},
                                        std::pair{QStringLiteral("outgoing_payments"), &postOutgoingPayment},
                                        std::pair{QStringLiteral("supplier_returns"), &postSupplierReturn}})
        areas.setPosting(kind, posting);
    for (const QString &kind : {QStringLiteral("purchase_orders"), QStringLiteral("supplier_invoices"),
                                QStringLiteral("outgoing_payments"), QStringLiteral("supplier_returns")})
        areas.setRecalculation(kind, erp::trade::recalculateLines);

    for (const QString &source : {QStringLiteral("purchase_orders"), QStringLiteral("goods_receipts")}) {
        BasedOnRule rule;
        rule.source = source;
        rule.target = QStringLiteral("supplier_invoices");
        rule.header = SupplierParty;
        rule.headerFrom = {{QStringLiteral("purchase_order"), source == QLatin1String("purchase_orders")
                                                                  ? QStringLiteral("$id")
                                                                  : QStringLiteral("purchase_order")}};
        rule.lineFields = CommercialLine;
        areas.addBasedOn(rule);
    }
    {
        BasedOnRule rule;
        rule.source = QStringLiteral("supplier_invoices");
        rule.target = QStringLiteral("outgoing_payments");
        rule.header = SupplierParty;
        rule.lines = BasedOnRule::Lines::OpenDocument;
        rule.openRegister = QStringLiteral("payables");
        rule.openResource = QStringLiteral("amount");
        rule.openDimensions = {{QStringLiteral("organization"), QStringLiteral("organization")},
                               {QStringLiteral("counterparty"), QStringLiteral("counterparty")},
                               {QStringLiteral("supplier_invoice"), QStringLiteral("$id")}};
        rule.lineRef = QStringLiteral("supplier_invoice");
        rule.lineAmount = QStringLiteral("amount");
        areas.addBasedOn(rule);
    }
}

} // namespace erp::purchasing

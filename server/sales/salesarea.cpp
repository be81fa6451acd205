#include "salesarea.h"

#include "core/areas.h"
#include "core/datasource.h"
#include "rpc/rpcerror.h"
#include "salespostings.h"
#include "trade/recalculation.h"

#include <QCoreApplication>

namespace erp::sales {

using erp::core::BasedOnRule;

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

const QStringList Party{QStringLiteral("organization"), QStringLiteral("partner"), QStringLiteral("counterparty"),
                        QStringLiteral("currency")};
const QStringList CommercialLine{QStringLiteral("product"), QStringLiteral("price"), QStringLiteral("vat_rate")};

// The order says when it is invoiced: from the order itself, or from each shipment.
void orderInvoicedOnOrder(erp::core::DataSource &, const QCborMap &order)
{
    if (order.value(QStringLiteral("invoicing")).toString() != QLatin1String("on_order"))
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       Text::tr("this order is invoiced on shipment: invoice its shipments"), QStringLiteral("from"));
}

void shipmentInvoicedOnShipment(erp::core::DataSource &data, const QCborMap &shipment)
{
    const QCborValue order = shipment.value(QStringLiteral("sales_order"));
    if (order.isInteger() &&
        data.field(QStringLiteral("sales_orders"), order.toInteger(), QStringLiteral("invoicing")).toString() ==
            QLatin1String("on_order"))
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       Text::tr("the order of this shipment is invoiced on order: invoice the order"),
                       QStringLiteral("from"));
}

} // namespace

void registerArea(erp::core::AreaRegistry &areas)
{
    for (const auto &[kind, posting] : {std::pair{QStringLiteral("sales_orders"), &postSalesOrder},
                                        std::pair{QStringLiteral("sales_invoices"), &postSalesInvoice},
                                        std::pair{QStringLiteral("incoming_payments"), &postIncomingPayment},
                                        std::pair{QStringLiteral("customer_returns"), &postCustomerReturn},
                                        std::pair{QStringLiteral("price_settings"), &postPriceSetting},
                                        std::pair{QStringLiteral("rate_settings"), &postExchangeRateSetting}})
        areas.setPosting(kind, posting);
    for (const QString &kind : {QStringLiteral("sales_orders"), QStringLiteral("sales_invoices"),
                                QStringLiteral("incoming_payments"), QStringLiteral("customer_returns")})
        areas.setRecalculation(kind, erp::trade::recalculateLines);

    {
        BasedOnRule rule;
        rule.source = QStringLiteral("sales_orders");
        rule.target = QStringLiteral("sales_invoices");
        rule.header = Party;
        rule.headerFrom = {{QStringLiteral("sales_order"), QStringLiteral("$id")}};
        rule.lineFields = CommercialLine;
        rule.guard = orderInvoicedOnOrder;
        areas.addBasedOn(rule);
    }
    {
        BasedOnRule rule;
        rule.source = QStringLiteral("shipments");
        rule.target = QStringLiteral("sales_invoices");
        rule.header = Party;
        rule.headerFrom = {{QStringLiteral("sales_order"), QStringLiteral("sales_order")}};
        rule.lineFields = CommercialLine;
        rule.guard = shipmentInvoicedOnShipment;
        areas.addBasedOn(rule);
    }
    {
        BasedOnRule rule;
        rule.source = QStringLiteral("sales_invoices");
        rule.target = QStringLiteral("incoming_payments");
        rule.header = Party;
        rule.lines = BasedOnRule::Lines::OpenDocument;
        rule.openRegister = QStringLiteral("settlements");
        rule.openResource = QStringLiteral("amount");
        rule.openDimensions = {{QStringLiteral("organization"), QStringLiteral("organization")},
                               {QStringLiteral("counterparty"), QStringLiteral("counterparty")},
                               {QStringLiteral("invoice"), QStringLiteral("$id")}};
        rule.lineRef = QStringLiteral("invoice");
        rule.lineAmount = QStringLiteral("amount");
        areas.addBasedOn(rule);
    }
}

} // namespace erp::sales

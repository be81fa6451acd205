#include "salesarea.h"

#include "core/areas.h"
#include "core/datasource.h"
#include "core/posting.h"
#include "rpc/rpcerror.h"
#include "salespostings.h"
#include "trade/recalculation.h"
#include "trade/tradebasedon.h"

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

void recalculateInvoice(erp::core::RecalcContext &ctx)
{
    erp::trade::recalculateSalesLines(ctx);
    erp::trade::fillDueDate(ctx, QStringLiteral("partner"));
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
    areas.setRecalculation(QStringLiteral("sales_orders"), erp::trade::recalculateSalesLines);
    for (const QString &kind : {QStringLiteral("incoming_payments"), QStringLiteral("customer_returns")})
        areas.setRecalculation(kind, erp::trade::recalculateLines);
    areas.setRecalculation(QStringLiteral("sales_invoices"), recalculateInvoice);

    BasedOnRule fromOrder = erp::trade::copyLines(QStringLiteral("sales_orders"), QStringLiteral("sales_invoices"),
                                                  Party, QStringLiteral("sales_order"), QStringLiteral("$id"));
    fromOrder.guard = orderInvoicedOnOrder;
    areas.addBasedOn(fromOrder);
    BasedOnRule fromShipment =
        erp::trade::copyLines(QStringLiteral("shipments"), QStringLiteral("sales_invoices"), Party,
                              QStringLiteral("sales_order"), QStringLiteral("sales_order"));
    fromShipment.guard = shipmentInvoicedOnShipment;
    areas.addBasedOn(fromShipment);
    areas.addBasedOn(erp::trade::payWhatIsOpen(QStringLiteral("sales_invoices"), QStringLiteral("incoming_payments"),
                                               Party, QStringLiteral("settlements"), QStringLiteral("invoice")));
}

} // namespace erp::sales

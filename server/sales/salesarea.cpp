#include "salesarea.h"

#include "core/areas.h"
#include "core/datasource.h"
#include "core/posting.h"
#include "rpc/rpcerror.h"
#include "creditnotes.h"
#include "invoicedefaults.h"
#include "customerrefunds.h"
#include "salesdefaults.h"
#include "orderprogress.h"
#include "orderprogressreport.h"
#include "printforms.h"
#include "rpc/params.h"
#include "salespostings.h"
#include "trade/tradelines.h"
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
// A sales document carries its predecessor's manager, information source and marketing event
// into the sales register.
const QStringList SalesParty = Party + QStringList{QStringLiteral("manager"), QStringLiteral("information_source"),
                                                   QStringLiteral("marketing_event")};

// The order says when it is invoiced: from the order itself, or from each shipment. An order
// invoiced on shipment still invoices its services and free-text lines, which are never shipped.
void orderInvoicedOnOrder(erp::core::DataSource &data, const QCborMap &order)
{
    if (order.value(QStringLiteral("invoicing")).toString() == QLatin1String("on_order"))
        return;
    for (const QCborValue &line : order.value(QStringLiteral("sections")).toMap().value(QStringLiteral("lines")).toArray()) {
        const QCborValue product = line.toMap().value(QStringLiteral("product"));
        if (!product.isInteger() || erp::trade::isService(data, product.toInteger()))
            return;
    }
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
    fillOrderLines(ctx, true);
    recalculateSale(ctx);
    erp::trade::fillDueDate(ctx, QStringLiteral("partner"));
    fillTaxDocumentDefaults(ctx);
}

} // namespace

void registerArea(erp::core::AreaRegistry &areas)
{
    for (const auto &[kind, posting] : {std::pair{QStringLiteral("sales_orders"), &postSalesOrder},
                                        std::pair{QStringLiteral("sales_invoices"), &postSalesInvoice},
                                        std::pair{QStringLiteral("incoming_payments"), &postIncomingPayment},
                                        std::pair{QStringLiteral("credit_notes"), &postCreditNote},
                                        std::pair{QStringLiteral("customer_returns"), &postCreditNote},
                                        std::pair{QStringLiteral("customer_refunds"), &postCustomerRefund},
                                        std::pair{QStringLiteral("price_settings"), &postPriceSetting},
                                        std::pair{QStringLiteral("rate_settings"), &postExchangeRateSetting}})
        areas.setPosting(kind, posting);
    for (const QString &kind : {QStringLiteral("incoming_payments"), QStringLiteral("customer_refunds")})
        areas.setRecalculation(kind, erp::trade::recalculateLines);
    areas.setRecalculation(QStringLiteral("sales_orders"), recalculateSale);
    for (const QString &kind : {QStringLiteral("credit_notes"), QStringLiteral("customer_returns")})
        areas.setRecalculation(kind, recalculateSalesDocument);
    areas.setRecalculation(QStringLiteral("sales_invoices"), recalculateInvoice);
    registerPrintForms(areas);

    // What each line has still to invoice: of the order itself (on order; services and
    // free-text lines always), or of the shipment (on shipment), limited by its order line.
    BasedOnRule fromOrder = erp::trade::openPerLine(QStringLiteral("sales_orders"), QStringLiteral("sales_invoices"),
                                                    SalesParty, QStringLiteral("sales_order"),
                                                    QStringLiteral("orders_to_invoice"), QStringLiteral("sales_order"));
    fromOrder.openDimensions.insert(QStringLiteral("order_line"), QStringLiteral("$line"));
    fromOrder.openDimensions.insert(QStringLiteral("shipment"), QStringLiteral("$null"));
    fromOrder.lineFrom.insert(QStringLiteral("order_line"), QStringLiteral("$line"));
    fromOrder.keepNegativeLines = true;
    fromOrder.guard = orderInvoicedOnOrder;
    areas.addBasedOn(fromOrder);
    BasedOnRule fromShipment =
        erp::trade::openPerLine(QStringLiteral("shipments"), QStringLiteral("sales_invoices"), SalesParty,
                                QStringLiteral("shipment"), QStringLiteral("orders_to_invoice"), QStringLiteral("shipment"));
    fromShipment.headerFrom.insert(QStringLiteral("sales_order"), QStringLiteral("sales_order"));
    fromShipment.openDimensions.insert(QStringLiteral("sales_order"), QStringLiteral("sales_order"));
    fromShipment.openDimensions.insert(QStringLiteral("order_line"), QStringLiteral("line.order_line"));
    fromShipment.lineFrom.insert(QStringLiteral("order_line"), QStringLiteral("line.order_line"));
    fromShipment.keepNegativeLines = true;
    fromShipment.guard = shipmentInvoicedOnShipment;
    areas.addBasedOn(fromShipment);
    areas.addMethod({QStringLiteral("sales.orderProgress"), QStringLiteral("read"),
                     QStringLiteral("Per line of a sales order: ordered, reserved, shipped, returned, invoiced, to ship "
                                    "and to invoice: {id} -> {id, order_state, lines}."),
                     erp::rpc::Access::Read,
                     [](erp::rpc::CallContext &ctx, const QCborMap &params) -> QCborValue {
                         return orderProgress(ctx, params.value(QStringLiteral("id")).toInteger());
                     },
                     {erp::rpc::idParam()}});
    areas.addBasedOn(erp::trade::payWhatIsOpen(QStringLiteral("sales_invoices"), QStringLiteral("incoming_payments"),
                                               Party, QStringLiteral("settlements"), QStringLiteral("invoice")));
    // A credit note, with or without goods, and a return: the invoice's lines, each limited to
    // what is left to credit of it (a return line the invoice already credits is not proposed).
    for (const QString &target : {QStringLiteral("credit_notes"), QStringLiteral("customer_returns")})
        areas.addBasedOn(erp::trade::openPerLine(QStringLiteral("sales_invoices"), target, SalesParty,
                                                 QStringLiteral("sales_invoice"), QStringLiteral("invoices_to_credit"),
                                                 QStringLiteral("invoice")));
    // A refund of what a credit note (or its invoice) left the customer owed, exactly that.
    for (const auto &[source, invoice] : {std::pair{QStringLiteral("sales_invoices"), QStringLiteral("$id")},
                                          std::pair{QStringLiteral("credit_notes"), QStringLiteral("sales_invoice")},
                                          std::pair{QStringLiteral("customer_returns"), QStringLiteral("sales_invoice")}}) {
        BasedOnRule refund =
            erp::trade::payWhatIsOpen(source, QStringLiteral("customer_refunds"), Party, QStringLiteral("settlements"),
                                      QStringLiteral("invoice"));
        refund.openDimensions.insert(QStringLiteral("invoice"), invoice);
        refund.openSign = -1;
        areas.addBasedOn(refund);
    }
}

} // namespace erp::sales

#include "tradebasedon.h"

namespace erp::trade {

using erp::core::BasedOnRule;

namespace {

// A free-text line's description goes only where the target has one (never into a shipment).
const QStringList ProductLine{QStringLiteral("product"), QStringLiteral("description"), QStringLiteral("price"),
                              QStringLiteral("vat_rate")};

BasedOnRule rule(const QString &source, const QString &target, const QStringList &header)
{
    BasedOnRule r;
    r.source = source;
    r.target = target;
    r.header = header;
    return r;
}

} // namespace

BasedOnRule copyLines(const QString &source, const QString &target, const QStringList &header, const QString &link,
                      const QString &linkFrom)
{
    BasedOnRule r = rule(source, target, header);
    r.headerFrom = {{link, linkFrom}};
    r.lineFields = ProductLine;
    return r;
}

BasedOnRule openPerLine(const QString &source, const QString &target, const QStringList &header, const QString &link,
                        const QString &reg, const QString &orderDimension)
{
    BasedOnRule r = copyLines(source, target, header, link, QStringLiteral("$id"));
    r.lines = BasedOnRule::Lines::OpenPerLine;
    r.openRegister = reg;
    r.openResource = QStringLiteral("quantity");
    r.openDimensions = {{orderDimension, QStringLiteral("$id")},
                        {QStringLiteral("product"), QStringLiteral("line.product")}};
    return r;
}

BasedOnRule payWhatIsOpen(const QString &source, const QString &target, const QStringList &header, const QString &reg,
                          const QString &invoiceDimension)
{
    BasedOnRule r = rule(source, target, header);
    r.lines = BasedOnRule::Lines::OpenDocument;
    r.openRegister = reg;
    r.openResource = QStringLiteral("amount");
    r.openDimensions = {{QStringLiteral("organization"), QStringLiteral("organization")},
                        {QStringLiteral("counterparty"), QStringLiteral("counterparty")},
                        {invoiceDimension, QStringLiteral("$id")}};
    r.lineRef = invoiceDimension;
    r.lineAmount = QStringLiteral("amount");
    return r;
}

} // namespace erp::trade

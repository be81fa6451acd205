#include "invoicedefaults.h"

#include "core/posting.h"
#include "rpc/rpcerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

namespace erp::sales {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Documents)
};
} // namespace

QString variableSymbolOf(const QString &number)
{
    QString digits;
    for (const QChar c : number)
        if (c >= u'0' && c <= u'9')
            digits += c;
    return digits.right(10);
}

void fillTaxDocumentDefaults(erp::core::RecalcContext &ctx)
{
    const QString taxDate = QStringLiteral("tax_date");
    if (ctx.document.value(taxDate).isNull() || ctx.document.value(taxDate).isUndefined()) {
        const QDateTime date = QDateTime::fromString(ctx.document.value(QStringLiteral("date")).toString(), Qt::ISODateWithMs);
        if (date.isValid()) // the day where the company is (the server's time zone), as the due date
            ctx.document.insert(taxDate, date.toLocalTime().date().toString(Qt::ISODate));
    }
    const QString vs = QStringLiteral("variable_symbol");
    const QString given = ctx.document.value(vs).toString();
    if (given.isEmpty())
        return;
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,10}$"));
    if (!digits.match(given).hasMatch())
        erp::rpc::fail(erp::protocol::ErrorCode::Validation,
                       QStringLiteral("variable_symbol: ") + Text::tr("a variable symbol is 1 to 10 digits"), vs);
}

} // namespace erp::sales

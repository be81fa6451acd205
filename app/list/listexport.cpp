#include "listexport.h"

#include "connection.h"
#include "core/clientsession.h"
#include "core/language.h"
#include "csvexport.h"
#include "xlsxexport.h"

#include <QCoreApplication>
#include <QFileDialog>

namespace erp::app {

using erp::client::Reply;

ListExport::ListExport(ClientSession *session, const QString &method, const QCborMap &params,
                       const erp::exporting::TableData &columns, const QString &path, const QString &title,
                       QObject *parent)
    : QObject(parent), m_session(session), m_method(method), m_params(params), m_table(columns), m_path(path), m_title(title)
{
    m_params.insert(QStringLiteral("limit"), PageSize);
}

void ListExport::start()
{
    // The first page asks for the count (the progress) and the money totals.
    QCborArray sums;
    for (const erp::exporting::TableColumn &c : std::as_const(m_table.columns))
        if (c.type == erp::exporting::ColumnType::Money)
            sums.append(c.name);
    QCborMap first = m_params;
    first.insert(QStringLiteral("totals"), sums);
    m_session->call(m_method, first, this, [this](const Reply &r) {
        if (r.ok)
            m_total = r.result.toMap().value(QStringLiteral("count")).toInteger();
        m_params.remove(QStringLiteral("totals"));
        if (!r.ok) {
            Q_EMIT finished(false, r.error.message);
            return;
        }
        if (m_total > erp::exporting::MaxXlsxRows) {
            Q_EMIT finished(false, tr("The list has %1 rows; a file takes at most %2.")
                                       .arg(m_total)
                                       .arg(erp::exporting::MaxXlsxRows));
            return;
        }
        erp::exporting::appendListPage(m_table, r.result.toMap());
        Q_EMIT progress(m_table.rows.size(), m_total);
        if (r.result.toMap().value(QStringLiteral("more")).toBool())
            requestPage(r.result.toMap().value(QStringLiteral("next")));
        else
            write();
    });
}

void ListExport::requestPage(const QCborValue &after)
{
    if (m_cancelled) {
        Q_EMIT finished(false, tr("Export cancelled."));
        return;
    }
    QCborMap p = m_params;
    p.insert(QStringLiteral("after"), after);
    m_session->call(m_method, p, this, [this](const Reply &r) {
        if (!r.ok) {
            Q_EMIT finished(false, r.error.message);
            return;
        }
        const QCborMap page = r.result.toMap();
        QCborMap rowsOnly{{QStringLiteral("rows"), page.value(QStringLiteral("rows"))}};
        erp::exporting::appendListPage(m_table, rowsOnly);
        Q_EMIT progress(m_table.rows.size(), m_total);
        if (page.value(QStringLiteral("more")).toBool() && m_table.rows.size() < erp::exporting::MaxXlsxRows)
            requestPage(page.value(QStringLiteral("next")));
        else
            write();
    });
}

void ListExport::write()
{
    QString message;
    const bool ok = writeExport(m_path, m_table, m_title, {}, &message);
    Q_EMIT finished(ok, message);
}

QString askExportPath(QWidget *parent, const QString &title)
{
    // The texts keep the context they were translated in (the list's Export…).
    const auto text = [](const char *source) { return QCoreApplication::translate("erp::app::ListWidget", source); };
    const QString xlsx = text("Excel workbook (*.xlsx)");
    QString filter = xlsx;
    const QString path = QFileDialog::getSaveFileName(parent, text("Export %1").arg(title), title,
                                                      xlsx + QStringLiteral(";;") + text("CSV text (*.csv)"), &filter);
    if (path.isEmpty())
        return {};
    const QString suffix = filter == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    return path.endsWith(suffix, Qt::CaseInsensitive) ? path : path + suffix;
}

bool writeExport(const QString &path, const erp::exporting::TableData &table, const QString &title,
                 const QStringList &headerLines, QString *message)
{
    QString error;
    const bool ok = path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
                        ? erp::exporting::writeCsv(path, table, currentLanguage(), &error)
                        : erp::exporting::writeXlsx(path, table, title, headerLines, &error);
    *message = ok ? ListExport::tr("%n rows exported.", nullptr, int(table.rows.size())) : error;
    return ok;
}

} // namespace erp::app

#include "lineinfo.h"

#include "connection.h"
#include "core/clientsession.h"
#include "decimalformat.h"
#include "sectioneditor.h"
#include "sectionmodel.h"

#include <QCborArray>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTimer>

namespace erp::app {

using erp::client::Reply;

namespace {

// 12,000 -> 12; 2,500 -> 2,5: a quantity as a clerk reads it.
QString quantityText(const QString &canonical)
{
    QString text = formatDecimal(canonical, 3);
    const QChar point = QLocale().decimalPoint().at(0);
    if (text.contains(point)) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text;
}

} // namespace

LineInfo::LineInfo(const QCborMap &spec, ClientSession *session, SectionEditor *section, HeaderValue header,
                   QWidget *parent)
    : QLabel(parent), m_spec(spec), m_session(session), m_section(section), m_header(std::move(header)),
      m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("lineInfo"));
    setTextFormat(Qt::RichText);
    m_pause->setSingleShot(true);
    m_pause->setInterval(200);
    connect(m_pause, &QTimer::timeout, this, &LineInfo::ask);
    connect(section->view()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &LineInfo::refresh);
    connect(section->model(), &QAbstractItemModel::dataChanged, this, &LineInfo::refresh);
    connect(section->model(), &QAbstractItemModel::modelReset, this, &LineInfo::refresh);
}

void LineInfo::refresh()
{
    m_pause->start();
}

void LineInfo::ask()
{
    const int row = m_section->view()->currentIndex().row();
    const QCborArray lines = m_section->lines();
    QCborMap params;
    const QCborMap wanted = m_spec.value(QStringLiteral("params")).toMap();
    bool complete = row >= 0 && row < lines.size();
    for (auto it = wanted.constBegin(); complete && it != wanted.constEnd(); ++it) {
        const QString from = it.value().toString();
        const QCborValue v = from.startsWith(QLatin1String("line."))
                                 ? lines.at(row).toMap().value(from.mid(5))
                                 : m_header(from);
        complete = !v.isNull() && !v.isUndefined();
        params.insert(it.key(), v);
    }
    const int asked = ++m_asked;
    if (!complete) {
        clear();
        m_shown.clear();
        return;
    }
    m_session->call(m_spec.value(QStringLiteral("method")).toString(), params, this, [this, asked](const Reply &r) {
        if (asked != m_asked)
            return; // the clerk moved on meanwhile
        m_shown.clear();
        if (!r.ok) {
            clear();
            return;
        }
        QStringList parts;
        for (const QCborValue &v : r.result.toMap().value(QStringLiteral("items")).toArray()) {
            const QCborMap item = v.toMap();
            const QString value = item.value(QStringLiteral("value")).toString();
            m_shown.insert(item.value(QStringLiteral("name")).toString(), value);
            const QString text = quantityText(value).toHtmlEscaped();
            parts.append(QStringLiteral("%1: <b%2>%3</b>")
                             .arg(item.value(QStringLiteral("title")).toString().toHtmlEscaped(),
                                  value.startsWith(u'-') ? QStringLiteral(" style=\"color:#b00020\"") : QString(), text));
        }
        setText(parts.join(QStringLiteral(" &nbsp;·&nbsp; ")));
    });
}

} // namespace erp::app

#include "historydialog.h"

#include "connection.h"
#include "core/clientsession.h"
#include "valuetext.h"

#include <QCborArray>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace erp::app {

HistoryDialog::HistoryDialog(ClientSession *session, const KindInfo &kind, qint64 id, const QString &documentTitle,
                             QWidget *parent)
    : QDialog(parent), m_kind(kind), m_table(new QTableWidget(0, 5, this)), m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History: %1").arg(documentTitle));
    m_table->setObjectName(QStringLiteral("history"));
    m_table->setHorizontalHeaderLabels({tr("Transition"), tr("From"), tr("To"), tr("User"), tr("Time")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 320);

    QCborMap params;
    params.insert(QStringLiteral("kind"), kind.name);
    params.insert(QStringLiteral("id"), id);
    session->call(QStringLiteral("document.history"), params, this, [this](const erp::client::Reply &r) {
        if (!r.ok) {
            m_message->setText(r.error.message);
            m_message->show();
        } else {
            fill(r.result.toMap().value(QStringLiteral("rows")).toArray());
        }
        m_loaded = true;
        Q_EMIT loaded();
    });
}

void HistoryDialog::fill(const QCborArray &rows)
{
    const QLocale locale;
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const QCborMap row = rows.at(i).toMap();
        const QString from = row.value(QStringLiteral("from")).toString();
        const QDateTime at = QDateTime::fromString(row.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        // The server names each move (its creation too), in the client's language.
        const QString title = row.value(QStringLiteral("title")).toString(
            m_kind.workflow.transitionTitle(row.value(QStringLiteral("transition")).toString()));
        const QStringList cells{title,
                                from.isEmpty() ? QString() : m_kind.workflow.stateTitle(from),
                                m_kind.workflow.stateTitle(row.value(QStringLiteral("to")).toString()),
                                row.value(QStringLiteral("user")).toString(),
                                at.isValid() ? locale.toString(at.toLocalTime(), dateTimeFormat(locale)) : QString()};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
    }
    if (!rows.isEmpty())
        m_table->scrollToBottom();
}

} // namespace erp::app

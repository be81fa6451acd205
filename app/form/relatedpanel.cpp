#include "relatedpanel.h"

#include "connection.h"
#include "core/clientsession.h"
#include "core/enterkey.h"
#include "valuetext.h"

#include <QApplication>
#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

enum Column { KindColumn, NumberColumn, DateColumn, StateColumn, OpenColumn };

// What the server adds beyond the chain itself (what is still open, an order's state) is shown
// as it comes: the keys are the server's to choose.
QString openText(const QCborMap &document)
{
    static const QStringList known{QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("number"),
                                   QStringLiteral("date"), QStringLiteral("status"), QStringLiteral("deleted"),
                                   QStringLiteral("display")};
    QStringList parts;
    const QCborMap display = document.value(QStringLiteral("display")).toMap();
    for (auto it = document.constBegin(); it != document.constEnd(); ++it) {
        const QString key = it.key().toString();
        if (known.contains(key) || it.value().isNull() || it.value().isUndefined())
            continue;
        QString text = display.value(key).toString();
        if (text.isEmpty() && it.value().isString()) {
            // Amounts arrive as exact decimal text; shown in the user's number format.
            FieldInfo money;
            money.type = QStringLiteral("money");
            money.scale = 2;
            const QString decimal = canonicalDecimal(it.value(), 2);
            text = decimal.isEmpty() ? it.value().toString() : valueText(money, it.value());
        } else if (text.isEmpty() && (it.value().isInteger() || it.value().isDouble())) {
            text = QLocale().toString(it.value().toDouble());
        }
        if (!text.isEmpty())
            parts.append(text);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace

RelatedPanel::RelatedPanel(ClientSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tree(new QTreeWidget(this)), m_empty(new QLabel(this)),
      m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("relatedDocuments"));
    auto *title = new QLabel(tr("Related documents"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_tree->setObjectName(QStringLiteral("relatedTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Document"), tr("Number"), tr("Date"), tr("State"), tr("Still open")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(KindColumn, 170);
    m_tree->setColumnWidth(NumberColumn, 150);
    m_tree->setColumnWidth(DateColumn, 90);
    m_tree->setColumnWidth(StateColumn, 90);
    m_tree->setToolTip(tr("Enter or a double-click opens the document"));
    openOnEnterAndDoubleClick(m_tree, [this] { openItem(m_tree->currentItem()); });
    m_empty->setObjectName(QStringLiteral("relatedEmpty"));
    m_empty->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_empty->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_empty);

    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(250);
    connect(m_refreshTimer, &QTimer::timeout, this, &RelatedPanel::refresh);
    connect(session, &ClientSession::objectChanged, this, [this](const QString &kind, qint64 id, int, const QString &action) {
        if (m_id == 0)
            return;
        bool ours = (kind == m_kind && id == m_id) || action == QLatin1String("created");
        for (const QCborValue &d : std::as_const(m_documents))
            ours |= d.toMap().value(QStringLiteral("kind")).toString() == kind && d.toMap().value(QStringLiteral("id")).toInteger() == id;
        if (ours)
            m_refreshTimer->start();
    });
    setDocument(QString(), 0);
}

void RelatedPanel::setDocument(const QString &kind, qint64 id)
{
    m_kind = kind;
    m_id = id;
    if (id == 0) {
        ++m_request;
        showDocuments({});
        m_empty->setText(tr("The documents made from this one and those it was made from appear here once it is saved."));
        return;
    }
    // Saved: what the panel said of a new document is no longer true, even before the answer.
    m_empty->setText(savedEmptyText());
    refresh();
}

QString RelatedPanel::savedEmptyText()
{
    return tr("No documents were made from this one yet, nor was it made from another one.");
}

void RelatedPanel::refresh()
{
    if (m_id == 0)
        return;
    QCborMap params;
    params.insert(QStringLiteral("kind"), m_kind);
    params.insert(QStringLiteral("id"), m_id);
    const quint64 request = ++m_request;
    m_session->call(QStringLiteral("document.related"), params, this, [this, request](const Reply &r) {
        if (request != m_request)
            return;
        if (!r.ok) {
            showDocuments({});
            m_empty->setText(r.error.message);
            return;
        }
        showDocuments(r.result.toMap().value(QStringLiteral("documents")).toArray());
    });
}

void RelatedPanel::showDocuments(const QCborArray &documents)
{
    const QTreeWidgetItem *current = m_tree->currentItem();
    const QString keepKind = current ? current->data(0, KindRole).toString() : QString();
    const qint64 keepId = current ? current->data(0, IdRole).toLongLong() : 0;
    m_documents = documents;
    m_tree->clear();
    for (const QCborValue &d : documents)
        addRow(d.toMap());
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, KindRole).toString() == keepKind && m_tree->topLevelItem(i)->data(0, IdRole).toLongLong() == keepId)
            m_tree->setCurrentItem(m_tree->topLevelItem(i));
    m_empty->setText(m_id == 0 ? QString() : savedEmptyText());
    m_empty->setVisible(documents.isEmpty());
    m_tree->setVisible(!documents.isEmpty());
    m_loaded = m_id != 0;
    if (m_loaded)
        Q_EMIT loaded();
}

QString RelatedPanel::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

void RelatedPanel::addRow(const QCborMap &document)
{
    auto *item = new QTreeWidgetItem(m_tree);
    const QString kind = document.value(QStringLiteral("kind")).toString();
    item->setData(0, KindRole, kind);
    item->setData(0, IdRole, document.value(QStringLiteral("id")).toInteger());
    item->setText(KindColumn, kind);
    item->setText(NumberColumn, document.value(QStringLiteral("number")).toString());
    item->setText(DateColumn, documentDate(document.value(QStringLiteral("date"))));
    const QString status = document.value(QStringLiteral("status")).toString();
    item->setText(StateColumn, status);
    item->setData(StateColumn, KindRole, status);
    item->setText(OpenColumn, openText(document));
    item->setIcon(KindColumn, QApplication::style()->standardIcon(QStyle::SP_FileIcon));
    // Titles of the kind and of its workflow's states come with its description (cached).
    m_session->describe(kind, this, [this, kind](const KindInfo &info) {
        for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *row = m_tree->topLevelItem(i);
            if (row->data(0, KindRole).toString() != kind)
                continue;
            const QString state = row->data(StateColumn, KindRole).toString();
            row->setText(KindColumn, info.title);
            row->setText(StateColumn, info.workflow.stateTitle(state));
            row->setForeground(StateColumn, info.workflow.isPosted(state) ? QColor(0x1b, 0x7f, 0x3b) : QColor(0x5f, 0x63, 0x68));
        }
    });
}

void RelatedPanel::openItem(QTreeWidgetItem *item)
{
    if (item)
        Q_EMIT openRequested(item->data(0, KindRole).toString(), item->data(0, IdRole).toLongLong());
}

} // namespace erp::app

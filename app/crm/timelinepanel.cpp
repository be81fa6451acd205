#include "timelinepanel.h"

#include "core/clientsession.h"
#include "core/enterkey.h"
#include "form/fieldeditor.h"
#include "timelinemodel.h"

#include <QComboBox>
#include <QDate>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace erp::app {

namespace {

FieldInfo filterField(const QString &name, const QString &type, const QString &target = QString())
{
    FieldInfo f;
    f.name = name;
    f.type = type;
    f.target = target;
    return f;
}

} // namespace

TimelinePanel::TimelinePanel(ClientSession *session, const QCborMap &spec, QWidget *parent)
    : QWidget(parent), m_session(session), m_kinds(spec.value(QStringLiteral("kinds")).toArray()),
      m_model(new TimelineModel(session, spec.value(QStringLiteral("method")).toString(),
                                spec.value(QStringLiteral("param")).toString(), this)),
      m_view(new QTableView(this)), m_kind(new QComboBox(this)),
      m_from(createFieldEditor(filterField(QStringLiteral("from"), QStringLiteral("date")), session, this)),
      m_to(createFieldEditor(filterField(QStringLiteral("to"), QStringLiteral("date")), session, this)),
      m_manager(createFieldEditor(filterField(QStringLiteral("manager"), QStringLiteral("ref"), QStringLiteral("users")),
                                  session, this)),
      m_hint(new QLabel(this)), m_status(new QLabel(this)), m_refreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("timeline"));
    m_kind->setObjectName(QStringLiteral("timelineKind"));
    m_kind->addItem(tr("Everything"), QString());
    for (const QCborValue &k : std::as_const(m_kinds)) {
        const QString kind = k.toString();
        m_kind->addItem(kind, kind);
        session->describe(kind, this, [this, kind](const KindInfo &info) {
            const int i = m_kind->findData(kind);
            if (i >= 0)
                m_kind->setItemText(i, info.title);
        });
    }
    m_from->setObjectName(QStringLiteral("timelineFrom"));
    m_to->setObjectName(QStringLiteral("timelineTo"));
    m_manager->setObjectName(QStringLiteral("timelineManager"));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TimelinePanel::applyFilters);
    for (FieldEditor *e : {m_from, m_to, m_manager})
        connect(e, &FieldEditor::edited, this, &TimelinePanel::applyFilters);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(new QLabel(tr("Show:"), this));
    bar->addWidget(m_kind);
    auto *fromLabel = new QLabel(tr("From:"), this);
    fromLabel->setBuddy(m_from);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    auto *toLabel = new QLabel(tr("To:"), this);
    toLabel->setBuddy(m_to);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    auto *managerLabel = new QLabel(tr("Manager:"), this);
    managerLabel->setBuddy(m_manager);
    bar->addWidget(managerLabel);
    bar->addWidget(m_manager, 1);

    m_view->setObjectName(QStringLiteral("timelineTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(TimelineModel::Title, QHeaderView::Stretch);
    const int digit = m_view->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(TimelineModel::When, digit * 18);
    m_view->setColumnWidth(TimelineModel::Kind, digit * 18);
    m_view->setColumnWidth(TimelineModel::Number, digit * 17);
    m_view->setColumnWidth(TimelineModel::State, digit * 13);
    m_view->setColumnWidth(TimelineModel::Amount, digit * 15);
    m_view->setColumnWidth(TimelineModel::Manager, digit * 16);
    m_view->setToolTip(tr("Enter or a double-click opens the document"));
    openOnEnterAndDoubleClick(m_view, [this] { openCurrent(); });
    connect(m_model, &TimelineModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_model, &TimelineModel::pageLoaded, this, [this] {
        m_status->setText(m_model->rowCount() == 0 ? tr("Nothing recorded for these filters.")
                          : m_model->hasMore()     ? tr("%n entries shown; more as you scroll", nullptr, m_model->rowCount())
                                                   : tr("%n entries", nullptr, m_model->rowCount()));
    });
    connect(m_model, &TimelineModel::loadFailed, m_status, &QLabel::setText);

    m_hint->setObjectName(QStringLiteral("timelineHint"));
    m_hint->setStyleSheet(QStringLiteral("color: #5f6368;"));
    m_hint->setText(tr("Save the object first; its history is shown here then."));
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_status->setStyleSheet(QStringLiteral("color: #5f6368;"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setMinimumHeight(320);

    // Something new for the object (a document, an interaction, a stage) shows at the top:
    // the first page is read again, unless the user has paged further down.
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(400);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] {
        if (m_model->owner() != 0 && m_model->rowCount() <= m_model->pageSize())
            m_model->reload();
    });
    connect(session, &ClientSession::objectChanged, this, [this](const QString &kind) {
        if (m_kinds.isEmpty() || m_kinds.contains(kind))
            m_refreshTimer->start();
    });
    setOwner(0);
}

void TimelinePanel::setOwner(qint64 id)
{
    m_hint->setVisible(id == 0);
    m_view->setVisible(id != 0);
    m_status->setVisible(id != 0);
    if (id != m_model->owner() || id == 0)
        m_model->setOwner(id);
}

QCborMap TimelinePanel::filters() const
{
    QCborMap f;
    const QString kind = m_kind->currentData().toString();
    if (!kind.isEmpty())
        f.insert(QStringLiteral("kinds"), QCborArray{kind});
    // The period is of whole local days: from the first one's midnight to the last one's end.
    const QDate from = QDate::fromString(m_from->value().toString(), Qt::ISODate);
    const QDate to = QDate::fromString(m_to->value().toString(), Qt::ISODate);
    if (from.isValid())
        f.insert(QStringLiteral("from"), from.startOfDay().toUTC().toString(Qt::ISODateWithMs));
    if (to.isValid())
        f.insert(QStringLiteral("to"), to.endOfDay().toUTC().toString(Qt::ISODateWithMs));
    if (!m_manager->value().isNull())
        f.insert(QStringLiteral("manager"), m_manager->value());
    return f;
}

void TimelinePanel::applyFilters()
{
    if (!m_from->inputError().isEmpty() || !m_to->inputError().isEmpty())
        return;
    m_model->setFilters(filters());
}

void TimelinePanel::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return;
    Q_EMIT openRequested(index.data(TimelineModel::KindRole).toString(), index.data(TimelineModel::IdRole).toLongLong());
}

} // namespace erp::app

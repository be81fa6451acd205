#include "optionsview.h"

#include "connection.h"
#include "core/clientsession.h"

#include <QCborArray>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace erp::app {

using erp::client::Reply;

namespace {
constexpr int NameRole = Qt::UserRole + 1;
enum Column { TitleColumn, StateColumn, DescriptionColumn, GovernsColumn, ColumnCount };
} // namespace

OptionsView::OptionsView(ClientSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tree(new QTreeWidget), m_message(new QLabel),
      m_reload(new QPushButton(tr("&Reload")))
{
    setObjectName(QStringLiteral("functionalOptions"));
    auto *intro = new QLabel(tr("Functional options switch parts of the system on and off for every user. Nothing is "
                                "deleted: what is switched on again comes back as it was. Space or Enter switches the "
                                "selected option."));
    intro->setWordWrap(true);
    m_tree->setObjectName(QStringLiteral("optionsTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Option"), tr("State"), tr("Description"), tr("Governs")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(false);
    m_tree->setWordWrap(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->installEventFilter(this);
    m_message->setObjectName(QStringLiteral("optionsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reload->setObjectName(QStringLiteral("reloadOptions"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_reload);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_tree);

    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (!m_filling && column == TitleColumn)
            switchOption(item);
    });
    connect(m_reload, &QPushButton::clicked, this, &OptionsView::reload);
    // Another administrator's change, or this one's, once the session has read it.
    connect(session, &ClientSession::metadataChanged, this, &OptionsView::reload);
    reload();
}

QString OptionsView::messageText() const
{
    return m_message->text();
}

QTreeWidgetItem *OptionsView::item(const QString &option) const
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(TitleColumn, NameRole).toString() == option)
            return m_tree->topLevelItem(i);
    return nullptr;
}

void OptionsView::reload()
{
    m_session->call(QStringLiteral("options.list"), {}, this, [this](const Reply &r) {
        if (!r.ok) {
            showMessage(r.error.message, true);
            return;
        }
        fill(r.result.toMap());
    });
}

void OptionsView::fill(const QCborMap &answer)
{
    const QString current = m_tree->currentItem() ? m_tree->currentItem()->data(TitleColumn, NameRole).toString() : QString();
    m_filling = true;
    m_tree->clear();
    bool described = false;
    bool governed = false;
    for (const QCborValue &v : answer.value(QStringLiteral("options")).toArray()) {
        const QCborMap option = v.toMap();
        auto *item = new QTreeWidgetItem(m_tree);
        const QString name = option.value(QStringLiteral("name")).toString();
        item->setData(TitleColumn, NameRole, name);
        item->setText(TitleColumn, option.value(QStringLiteral("title")).toString());
        item->setToolTip(TitleColumn, name);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        setChecked(item, option.value(QStringLiteral("enabled")).toBool());
        const QString description = option.value(QStringLiteral("description")).toString();
        item->setText(DescriptionColumn, description);
        item->setToolTip(DescriptionColumn, description);
        const QString governs = governedText(option.value(QStringLiteral("governs")));
        item->setText(GovernsColumn, governs);
        item->setToolTip(GovernsColumn, governs);
        described |= !description.isEmpty();
        governed |= !governs.isEmpty();
        if (name == current)
            m_tree->setCurrentItem(item);
    }
    // Columns the server has nothing for (older servers send neither) take no room.
    m_tree->setColumnHidden(DescriptionColumn, !described);
    m_tree->setColumnHidden(GovernsColumn, !governed);
    m_tree->resizeColumnToContents(TitleColumn);
    m_tree->resizeColumnToContents(StateColumn);
    if (described)
        m_tree->setColumnWidth(DescriptionColumn, 360);
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_filling = false;
    m_loaded = true;
    Q_EMIT loaded();
}

void OptionsView::setChecked(QTreeWidgetItem *item, bool on)
{
    const bool filling = m_filling;
    m_filling = true;
    item->setCheckState(TitleColumn, on ? Qt::Checked : Qt::Unchecked);
    item->setText(StateColumn, on ? tr("On") : tr("Off"));
    item->setForeground(StateColumn, on ? palette().text() : palette().placeholderText());
    m_filling = filling;
}

void OptionsView::switchOption(QTreeWidgetItem *item)
{
    const QString name = item->data(TitleColumn, NameRole).toString();
    const bool on = item->checkState(TitleColumn) == Qt::Checked;
    if (!m_switching.isEmpty()) {
        // One change at a time: the screen shows what the server has.
        setChecked(item, !on);
        showMessage(tr("Wait until the previous change is done."), true);
        return;
    }
    setChecked(item, on);
    m_switching = name;
    const QString title = item->text(TitleColumn);
    showMessage(on ? tr("Switching on %1…").arg(title) : tr("Switching off %1…").arg(title), false);
    QCborMap params;
    params.insert(QStringLiteral("name"), name);
    params.insert(QStringLiteral("enabled"), on);
    m_session->call(QStringLiteral("options.set"), params, this, [this, name, on, title](const Reply &r) {
        m_switching.clear();
        if (!r.ok) {
            if (QTreeWidgetItem *now = this->item(name))
                setChecked(now, !on);
            showMessage(tr("%1 was not changed: %2").arg(title, r.error.message), true);
            Q_EMIT switchFailed(name, r.error.message);
            return;
        }
        showMessage(on ? tr("%1 is switched on for every user.").arg(title) : tr("%1 is switched off for every user.").arg(title),
                    false);
        // The server pushes metaChanged too; this session need not wait for it.
        m_session->reloadMetadata();
        Q_EMIT switched(name, on);
    });
}

void OptionsView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

// What the server says an option governs: {kinds: [...], fields: [...], methods: [...]}, each
// entry a name or {name, title}; or a plain list.
QString OptionsView::governedText(const QCborValue &governs)
{
    auto names = [](const QCborArray &list) {
        QStringList out;
        for (const QCborValue &v : list) {
            const QString title = v.isMap() ? v.toMap().value(QStringLiteral("title")).toString() : QString();
            out.append(!title.isEmpty() ? title : v.isMap() ? v.toMap().value(QStringLiteral("name")).toString() : v.toString());
        }
        return out.join(QStringLiteral(", "));
    };
    if (governs.isArray())
        return names(governs.toArray());
    QStringList parts;
    const QCborMap map = governs.toMap();
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString key = it.key().toString();
        const QString list = names(it.value().toArray());
        if (list.isEmpty())
            continue;
        const QString label = key == QLatin1String("kinds")       ? tr("Kinds")
                              : key == QLatin1String("fields")    ? tr("Fields")
                              : key == QLatin1String("methods")   ? tr("Methods")
                              : key == QLatin1String("registers") ? tr("Registers")
                                                                  : key;
        parts.append(tr("%1: %2").arg(label, list));
    }
    return parts.join(u'\n');
}

bool OptionsView::eventFilter(QObject *watched, QEvent *event)
{
    // Enter switches like Space, so that the keyboard's usual "do it" key works too.
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_tree->currentItem()) {
            QTreeWidgetItem *current = m_tree->currentItem();
            current->setCheckState(TitleColumn, current->checkState(TitleColumn) == Qt::Checked ? Qt::Unchecked : Qt::Checked);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace erp::app

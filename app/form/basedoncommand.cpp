#include "basedoncommand.h"

#include "connection.h"
#include "core/clientsession.h"

#include <QAction>
#include <QApplication>
#include <QCursor>
#include <QCborArray>
#include <QMenu>
#include <QMessageBox>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>

namespace erp::app {

using erp::client::Reply;

BasedOnCommand::BasedOnCommand(ClientSession *session, const KindInfo &kind, QWidget *owner,
                               std::function<qint64()> currentId)
    : QObject(owner), m_session(session), m_kind(kind), m_owner(owner), m_currentId(std::move(currentId)),
      m_action(new QAction(QApplication::style()->standardIcon(QStyle::SP_FileDialogNewFolder), tr("Create &based on"), owner)),
      m_menu(new QMenu(owner))
{
    const QKeySequence shortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_N);
    m_action->setObjectName(QStringLiteral("createBasedOn"));
    m_action->setShortcut(shortcut);
    m_action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_action->setToolTip(tr("Create a document from this one, filled with what is still open (%1)")
                             .arg(shortcut.toString(QKeySequence::NativeText)));
    m_action->setMenu(m_menu);
    m_menu->setObjectName(QStringLiteral("createBasedOnMenu"));
    for (const auto &[target, title] : std::as_const(m_kind.basedOn)) {
        QAction *item = m_menu->addAction(title);
        item->setObjectName(QStringLiteral("basedOn_") + target);
        const QString name = target;
        connect(item, &QAction::triggered, this, [this, name] { create(name); });
    }
    // The shortcut opens the menu where the command is, to pick the kind with the arrows.
    connect(m_action, &QAction::triggered, this, [this] {
        if (m_kind.basedOn.size() == 1) {
            create(m_kind.basedOn.first().first);
            return;
        }
        QWidget *anchor = nullptr;
        for (QObject *o : m_action->associatedObjects())
            if (auto *w = qobject_cast<QWidget *>(o); w && w->isVisible() && !qobject_cast<QMenu *>(w) && w != m_owner)
                anchor = w;
        if (auto *toolbar = qobject_cast<QToolBar *>(anchor))
            anchor = toolbar->widgetForAction(m_action);
        const QPoint at = anchor ? anchor->mapToGlobal(QPoint(0, anchor->height())) : QCursor::pos();
        m_menu->popup(at);
    });
    owner->addAction(m_action);
    m_action->setVisible(isAvailable());
    updateEnabled();
}

void BasedOnCommand::addTo(QToolBar *toolbar, QAction *before)
{
    toolbar->insertAction(before, m_action);
    if (auto *button = qobject_cast<QToolButton *>(toolbar->widgetForAction(m_action)))
        button->setPopupMode(QToolButton::InstantPopup);
}

void BasedOnCommand::updateEnabled()
{
    m_action->setEnabled(isAvailable() && m_currentId() > 0);
}

void BasedOnCommand::create(const QString &target)
{
    const qint64 id = m_currentId();
    if (id <= 0)
        return;
    QCborMap from;
    from.insert(QStringLiteral("kind"), m_kind.name);
    from.insert(QStringLiteral("id"), id);
    QCborMap params;
    params.insert(QStringLiteral("kind"), target);
    params.insert(QStringLiteral("from"), from);
    QString title = target;
    for (const auto &[k, t] : std::as_const(m_kind.basedOn))
        if (k == target)
            title = t;
    m_session->call(QStringLiteral("document.basedOn"), params, this, [this, target, title](const Reply &r) {
        if (!r.ok) {
            QMessageBox::warning(m_owner, tr("Create based on"), r.error.message);
            return;
        }
        const QCborMap proposal = r.result.toMap();
        const QCborMap sections = proposal.value(QStringLiteral("sections")).toMap();
        bool anyLine = sections.isEmpty();
        for (auto it = sections.constBegin(); it != sections.constEnd(); ++it)
            anyLine |= !it.value().toArray().isEmpty();
        if (!anyLine) {
            const QString message = tr("Nothing remains for a new document in “%1”: everything this document lists is "
                                       "covered by other documents already (shipped, invoiced or paid).")
                                        .arg(title);
            Q_EMIT nothingToPropose(message);
            QMessageBox box(QMessageBox::Information, tr("Create based on"), message, QMessageBox::Ok, m_owner);
            box.setObjectName(QStringLiteral("nothingToPropose"));
            box.exec();
            return;
        }
        QCborMap initial = proposal.value(QStringLiteral("values")).toMap();
        initial.insert(QStringLiteral("sections"), sections);
        Q_EMIT proposalReady(target, initial);
    });
}

} // namespace erp::app

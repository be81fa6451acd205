#pragma once

#include "core/kindinfo.h"

#include <QCborMap>
#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QToolBar;
class QWidget;

namespace erp::app {

class ClientSession;

// "Create based on" for a document kind, on a form or a list: one action (Ctrl+Shift+N) with a
// menu of the kinds the server allows from this one (KindInfo::basedOn). Choosing one asks the
// server for its proposal (document.basedOn) for the current document and hands it over as the
// initial values of a new, unsaved document (proposalReady); a proposal without lines (nothing
// remains to ship, invoice or pay) is said in a message instead of opening an empty document.
class BasedOnCommand : public QObject
{
    Q_OBJECT

public:
    // currentId: the document the command applies to (0: none, the command is disabled).
    BasedOnCommand(ClientSession *session, const KindInfo &kind, QWidget *owner, std::function<qint64()> currentId);

    QAction *action() const { return m_action; }
    QMenu *menu() const { return m_menu; }
    bool isAvailable() const { return !m_kind.basedOn.isEmpty(); }
    // Puts the command on a toolbar before `before` (at the end when null).
    void addTo(QToolBar *toolbar, QAction *before = nullptr);
    void updateEnabled();
    // Asks for a proposal of `target` from the current document.
    void create(const QString &target);

Q_SIGNALS:
    // {values..., "sections": {...}}: the proposal as initial values of a new document.
    void proposalReady(const QString &kind, const QCborMap &initial);
    // The proposal had no lines: the message that was shown.
    void nothingToPropose(const QString &message);

private:
    ClientSession *m_session;
    KindInfo m_kind;
    QWidget *m_owner;
    std::function<qint64()> m_currentId;
    QAction *m_action;
    QMenu *m_menu;
};

} // namespace erp::app

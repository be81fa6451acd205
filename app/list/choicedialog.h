#pragma once

#include "core/clientsession.h"
#include "core/kindinfo.h"

#include <QDialog>

namespace erp::app {

class ListWidget;

// The choice list of a reference field: the kind's list in choose mode. Typing searches,
// Enter (in the search field or the list) takes the highlighted row, Esc closes. A request's
// filters (the chosen partner's own counterparties) are applied at first and shown in the
// filter bar, whose "clear" shows every object.
class ChoiceDialog : public QDialog
{
    Q_OBJECT

public:
    ChoiceDialog(ClientSession *session, const KindInfo &kind, const ChoiceRequest &request, QWidget *parent);

    ListWidget *list() const { return m_list; }

Q_SIGNALS:
    void chosen(qint64 id, const QString &name);

private:
    ListWidget *m_list;
};

} // namespace erp::app

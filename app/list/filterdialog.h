#pragma once

#include "core/kindinfo.h"

#include <QCborArray>
#include <QDialog>
#include <QList>

class QComboBox;
class QGridLayout;
class QToolButton;

namespace erp::app {

class ClientSession;
class FieldEditor;

// Conditions on a list ("City = Brno", "Credit limit ≥ 100 000"), all of which must hold.
// Values are edited with the same editors as in forms.
class FilterDialog : public QDialog
{
    Q_OBJECT

public:
    FilterDialog(ClientSession *session, const KindInfo &kind, const QCborArray &filters, QWidget *parent = nullptr);

    // The conditions in the protocol's form: [{field, op, value}].
    QCborArray filters() const;
    // A line such as "City = Brno; Credit limit ≥ 100 000,00" for the list's filter bar.
    static QString describe(const KindInfo &kind, const QCborArray &filters, ClientSession *session);

    void addCondition(const QString &field = QString(), const QString &op = QString(), const QCborValue &value = {});
    int conditionCount() const { return int(m_rows.size()); }

private:
    struct Row
    {
        QComboBox *field = nullptr;
        QComboBox *op = nullptr;
        FieldEditor *value = nullptr;
        QToolButton *remove = nullptr;
    };
    void rebuildValue(Row &row, const QCborValue &value);
    void fillOperators(Row &row, const QString &selected);
    void accept() override;

    ClientSession *m_session;
    KindInfo m_kind;
    QList<Row> m_rows;
    QGridLayout *m_grid;
};

} // namespace erp::app

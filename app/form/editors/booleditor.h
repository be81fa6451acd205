#pragma once

#include "form/fieldeditor.h"

class QCheckBox;

namespace erp::app {

// boolean: a check box; null shows as unchecked.
class BoolEditor : public FieldEditor
{
    Q_OBJECT

public:
    BoolEditor(const FieldInfo &field, QWidget *parent);

    QCborValue value() const override;
    void setValue(const QCborValue &value, const QString &display = QString()) override;
    void setReadOnly(bool readOnly) override;

private:
    QCheckBox *m_box;
};

} // namespace erp::app

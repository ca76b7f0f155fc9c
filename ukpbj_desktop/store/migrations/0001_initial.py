"""The first schema: every table of the SOP's records (a frozen copy of models.py as of v1).

Column defaults live in Python (models.py), so none are needed here.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from peewee import BooleanField, CharField, DateField, DateTimeField, ForeignKeyField, IntegerField, Model, TextField

if TYPE_CHECKING:
    from playhouse.migrate import SchemaMigrator

    from ukpbj_desktop.store.db import DatabaseOrProxy


def up(migrator: SchemaMigrator, db: DatabaseOrProxy) -> None:
    class Applicant(Model):
        nip = CharField(unique=True, max_length=18)
        nik = CharField(max_length=16, default='')
        name = CharField(max_length=120)
        position = CharField(max_length=200, default='')
        rank = CharField(max_length=60, default='')
        work_unit = CharField(index=True, max_length=200)
        agency = CharField(max_length=200, default='')
        email = CharField(max_length=120, default='')
        phone = CharField(max_length=20, default='')
        mobile = CharField(max_length=20, default='')
        address = TextField(default='')
        created_at = DateTimeField()
        updated_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'applicant'
    db.create_tables(safe=True, models=[Applicant])

    class CertificateType(Model):
        code = CharField(primary_key=True, max_length=20)
        name = CharField(max_length=120)
        note = CharField(max_length=200, default='')
        active = BooleanField(default=True)
        class Meta:
            database = db
            table_name = 'certificate_type'
    db.create_tables(safe=True, models=[CertificateType])

    class Operator(Model):
        username = CharField(unique=True, max_length=40)
        full_name = CharField(max_length=120)
        nip = CharField(max_length=18, default='')
        role = CharField(max_length=20, default='operator')
        password_hash = CharField(null=True)
        active = BooleanField(default=True)
        created_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'operator'
    db.create_tables(safe=True, models=[Operator])

    class Application(Model):
        agenda_number = CharField(unique=True, max_length=60)
        year = IntegerField()
        seq = IntegerField()
        applicant = ForeignKeyField(Applicant, on_delete='RESTRICT')
        received_at = DateTimeField()
        delivery_mode = CharField(max_length=20, default='in_person')
        courier_name = CharField(max_length=120, default='')
        is_pa = BooleanField(default=False)
        sk_number = CharField(max_length=100, default='')
        sk_date = DateField(null=True)
        sk_valid_until = DateField(null=True)
        certificate_type = ForeignKeyField(CertificateType, null=True, on_delete='SET NULL')
        certificate_number = CharField(max_length=100, default='')
        current_step = IntegerField(null=True)
        state = CharField(max_length=20, default='open')
        step_entered_at = DateTimeField()
        decision = CharField(max_length=20, default='')
        decision_reasons = TextField(default='')
        created_by = ForeignKeyField(Operator, on_delete='RESTRICT')
        updated_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'application'
            indexes = ((('year', 'seq'), True), (('state', 'received_at'), False),
                       (('current_step', 'received_at'), False))
    db.create_tables(safe=True, models=[Application])

    class Classification(Model):
        code = CharField(primary_key=True, max_length=20)
        name = CharField(max_length=200)
        scheme = CharField(max_length=60, default='')
        active_years = IntegerField(null=True)
        inactive_years = IntegerField(null=True)
        disposition = CharField(max_length=20, default='')
        note = CharField(max_length=200, default='')
        class Meta:
            database = db
            table_name = 'classification'
    db.create_tables(safe=True, models=[Classification])

    class ArchiveRecord(Model):
        application = ForeignKeyField(Application, unique=True, on_delete='RESTRICT')
        archive_number = CharField(unique=True, max_length=60)
        classification = ForeignKeyField(Classification, on_delete='RESTRICT')
        description = TextField()
        period = CharField(max_length=40)
        quantity = IntegerField(default=1)
        media = CharField(max_length=40, default='kertas')
        development_level = CharField(max_length=20, default='asli')
        folder_no = CharField(max_length=20, default='')
        box_no = CharField(index=True, max_length=20, default='')
        room = CharField(max_length=60, default='')
        rack = CharField(max_length=60, default='')
        shelf = CharField(max_length=60, default='')
        active_years = IntegerField(null=True)
        inactive_years = IntegerField(null=True)
        disposition = CharField(max_length=20, default='')
        archived_at = DateTimeField()
        archived_by = ForeignKeyField(Operator, on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'archive_record'
    db.create_tables(safe=True, models=[ArchiveRecord])

    class AuditEvent(Model):
        at = DateTimeField(index=True)
        operator = ForeignKeyField(Operator, null=True, on_delete='RESTRICT')
        action = CharField(max_length=40)
        entity = CharField(max_length=40)
        entity_id = IntegerField(null=True)
        data = TextField(default='{}')
        prev_hash = CharField(max_length=64, default='')
        hash = CharField(max_length=64)
        class Meta:
            database = db
            table_name = 'audit_event'
    db.create_tables(safe=True, models=[AuditEvent])

    class ChecklistItem(Model):
        application = ForeignKeyField(Application, on_delete='CASCADE')
        document_code = CharField(max_length=40)
        present = BooleanField(default=False)
        original_sighted = BooleanField(null=True)
        note = CharField(max_length=300, default='')
        checked_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'checklist_item'
            indexes = ((('application', 'document_code'), True),)
    db.create_tables(safe=True, models=[ChecklistItem])

    class Handover(Model):
        application = ForeignKeyField(Application, unique=True, on_delete='CASCADE')
        received_by = CharField(max_length=120)
        by_proxy = BooleanField(default=False)
        handed_at = DateTimeField()
        operator = ForeignKeyField(Operator, on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'handover'
    db.create_tables(safe=True, models=[Handover])

    class Scan(Model):
        archive = ForeignKeyField(ArchiveRecord, on_delete='CASCADE')
        sha256 = CharField(index=True, max_length=64)
        filename = CharField()
        size = IntegerField()
        added_at = DateTimeField()
        class Meta:
            database = db
            table_name = 'scan'
    db.create_tables(safe=True, models=[Scan])

    class Setting(Model):
        key = CharField(primary_key=True, max_length=64)
        value = TextField()
        class Meta:
            database = db
            table_name = 'setting'
    db.create_tables(safe=True, models=[Setting])

    class SlipPrint(Model):
        application = ForeignKeyField(Application, on_delete='CASCADE')
        verification_code = CharField(unique=True, max_length=12)
        printed_at = DateTimeField()
        printed_by = ForeignKeyField(Operator, on_delete='RESTRICT')
        reprint = BooleanField(default=False)
        class Meta:
            database = db
            table_name = 'slip_print'
    db.create_tables(safe=True, models=[SlipPrint])

    class SpseAccount(Model):
        application = ForeignKeyField(Application, unique=True, on_delete='CASCADE')
        user_id = CharField(unique=True, max_length=30)
        created_at = DateTimeField()
        created_by = ForeignKeyField(Operator, on_delete='RESTRICT')
        class Meta:
            database = db
            table_name = 'spse_account'
    db.create_tables(safe=True, models=[SpseAccount])

    class StepLog(Model):
        application = ForeignKeyField(Application, on_delete='CASCADE')
        step = IntegerField()
        outcome = CharField(max_length=30, default='done')
        operator = ForeignKeyField(Operator, on_delete='RESTRICT')
        started_at = DateTimeField()
        finished_at = DateTimeField()
        standard_minutes = IntegerField(null=True)
        note = TextField(default='')
        class Meta:
            database = db
            table_name = 'step_log'
            indexes = ((('application', 'finished_at'), False), (('step', 'finished_at'), False))
    db.create_tables(safe=True, models=[StepLog])


def down(migrator: SchemaMigrator, db: DatabaseOrProxy) -> None:
    migrator.migrate(migrator.drop_table('step_log'))
    migrator.migrate(migrator.drop_table('spse_account'))
    migrator.migrate(migrator.drop_table('slip_print'))
    migrator.migrate(migrator.drop_table('setting'))
    migrator.migrate(migrator.drop_table('scan'))
    migrator.migrate(migrator.drop_table('handover'))
    migrator.migrate(migrator.drop_table('checklist_item'))
    migrator.migrate(migrator.drop_table('audit_event'))
    migrator.migrate(migrator.drop_table('archive_record'))
    migrator.migrate(migrator.drop_table('classification'))
    migrator.migrate(migrator.drop_table('application'))
    migrator.migrate(migrator.drop_table('operator'))
    migrator.migrate(migrator.drop_table('certificate_type'))
    migrator.migrate(migrator.drop_table('applicant'))

import { Route, Routes } from 'react-router';
import { NotFound } from '../../app/NotFound';
import { AuditScreen } from './AuditScreen';
import { ClinicScreen } from './ClinicScreen';
import { StaffScreen } from './StaffScreen';
import './admin.css';

/** The clinic administrator's area, mounted at `/admin/*`: staff and invites, the audit trail, the clinic's settings. */
export default function AdminArea() {
  return (
    <Routes>
      <Route index element={<StaffScreen />} />
      <Route path="audit" element={<AuditScreen />} />
      <Route path="clinic" element={<ClinicScreen />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

import { Route, Routes } from 'react-router'
import { Layout } from './layout.tsx'
import { appRoutes, NotFoundPage } from './route-table.ts'

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<Layout />}>
        {appRoutes.map(({ path, Page }) => (
          <Route key={path} path={path} element={<Page />} />
        ))}
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  )
}
